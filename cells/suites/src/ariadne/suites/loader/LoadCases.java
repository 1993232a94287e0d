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
        cases.add(new TestCase("bootLoadedEveryArchivedCell") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings({"ownership:cell.boundary.shared", "ownership:cell.boundary.shared.result"})
            protected void run() {
                CellArchive archive = Loader.archive();
                for (int i = 0; i < archive.count(); i++) {
                    String name = archive.name(i);
                    LoadedCell cell = Loader.namespace().find(name);
                    Check.isTrue(cell != null, name + " was loaded at boot");
                    Check.equal(archive.lowestVersion(name), cell.version(), name + "'s version");
                }
                Check.isTrue(Loader.namespace().find(SwapCases.CLIENT).dependsOn(
                        Loader.namespace().find(Cells.COUNTER)), "the client was linked to the counter");
            }
        });
        cases.add(new TestCase("archiveHoldsBothCounterVersions") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared.result")
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
        cases.add(new TestCase("unloadGivesBackEveryPageAndFrame") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared.result")
            protected void run() {
                Cells.absent(Cells.COUNTER);
                Cells.unload(Cells.load(Cells.COUNTER, 1).name());
                long pages = Loader.pagesInUse();
                long frames = Cells.framesOutsideHeap();
                LoadedCell counter = Cells.load(Cells.COUNTER, 1);
                Check.isTrue(counter.pageCount() >= 2, "code and data take pages of their own");
                Check.equal(pages + counter.pageCount(), Loader.pagesInUse(), "loader pages while loaded");
                Check.isTrue(Cells.framesOutsideHeap() >= frames + counter.pageCount(), "frames while loaded");
                Cells.unload(Cells.COUNTER);
                Check.equal(pages, Loader.pagesInUse(), "loader pages after unload");
                Check.equal(frames, Cells.framesOutsideHeap(), "used frames after unload");
                Check.isTrue(!counter.isLoaded(), "the cell says it is unloaded");
                Check.isTrue(Loader.namespace().find(Cells.COUNTER) == null, "the namespace forgot it");
            }
        });
    }
}
