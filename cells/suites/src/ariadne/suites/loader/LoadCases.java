package ariadne.suites.loader;

import ariadne.loader.CallGate;
import ariadne.loader.LoadedCell;
import ariadne.loader.Loader;
import ariadne.loader.archive.CellArchive;
import ariadne.magic.Address;
import ariadne.magic.Magic;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/** Loading from the archive, calling into a loaded cell, unloading. */
final class LoadCases {
    private LoadCases() {
    }

    static void addTo(CaseList cases) {
        cases.add(new TestCase("archiveHoldsBothCounterVersions") {
            @Override
            protected void run() {
                CellArchive archive = Loader.archive();
                Check.isTrue(archive.find(Cells.COUNTER, 1) >= 0, "counter v1 in the archive");
                Check.isTrue(archive.find(Cells.COUNTER, 2) >= 0, "counter v2 in the archive");
                Check.equal(1, archive.lowestVersion(Cells.COUNTER), "lowest counter version");
            }
        });
        cases.add(new TestCase("loadedCellIsCalledThroughItsExports") {
            @Override
            protected void run() {
                Cells.absent(Cells.COUNTER);
                LoadedCell counter = Cells.load(Cells.COUNTER, 1);
                Address next = counter.exportAddress(Cells.NEXT);
                Check.isTrue(!next.isZero(), "next() is exported");
                Check.equal(1, CallGate.invoke(next), "first call");
                Check.equal(2, CallGate.invoke(next), "second call");
                Object text = Magic.addressAsObject(Address.fromLong(
                        CallGate.invoke(counter.exportAddress(Cells.DESCRIBE), 2)));
                Check.equal("counter v1: 2", text, "describe(2) builds a string with the nucleus");
                Cells.unload(Cells.COUNTER);
            }
        });
        cases.add(new TestCase("unloadGivesBackEverySectionBlock") {
            @Override
            protected void run() {
                Cells.absent(Cells.COUNTER);
                long bytes = Loader.sectionBytesInUse();
                int blocks = Loader.sectionBlocksInUse();
                LoadedCell counter = Cells.load(Cells.COUNTER, 1);
                Check.isTrue(Loader.sectionBytesInUse() >= bytes + counter.loadedBytes(), "sections take memory");
                Cells.unload(Cells.COUNTER);
                Check.equal(bytes, Loader.sectionBytesInUse(), "section bytes after unload");
                Check.equal(blocks, Loader.sectionBlocksInUse(), "section blocks after unload");
                Check.isTrue(!counter.isLoaded(), "the cell says it is unloaded");
                Check.isTrue(Loader.namespace().find(Cells.COUNTER) == null, "the namespace forgot it");
            }
        });
    }
}
