package ariadne.suites.loader;

import ariadne.loader.CallGate;
import ariadne.loader.LoadResult;
import ariadne.loader.LoadedCell;
import ariadne.loader.Loader;
import ariadne.loader.elf.ByteView;
import ariadne.loader.elf.CellObject;
import ariadne.loader.elf.Elf;
import ariadne.loader.elf.Rejection;
import ariadne.loader.symbols.ImageSymbolTable;
import ariadne.magic.Address;
import ariadne.magic.Magic;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/** Each relocation type the loader applies, checked at its place against the psABI formula. */
final class RelocationCases {
    private RelocationCases() {
    }

    /**
     * Checks every relocation of {@code type} in {@code loaded} whose symbol the image defines:
     * the patched field holds S + A (absolute) or S + A - P (PC-relative). Returns how many.
     */
    // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
    @SuppressWarnings("ownership:cell.boundary.shared.result")
    private static int checkAgainstImage(LoadedCell loaded, CellObject object, int type) {
        ImageSymbolTable image = Loader.imageSymbols();
        int checked = 0;
        for (int s = 1; s < object.sectionCount(); s++) {
            if (!object.isRelocationSection(s) || loaded.sectionAddress(object.relocatedSection(s)).isZero()) {
                continue;
            }
            for (long k = 0; k < object.relocationCount(s); k++) {
                int symbol = (int) object.relocationSymbol(s, k);
                int entry = image.find(object.symbolName(symbol));
                if (object.relocationType(s, k) != type || object.isDefined(symbol) || entry < 0) {
                    continue;
                }
                Address place = loaded.sectionAddress(object.relocatedSection(s)).plus(object.relocationOffset(s, k));
                long target = image.address(entry).toLong() + object.relocationAddend(s, k);
                if (type == Elf.R_X86_64_64) {
                    Check.equal(target, place.loadLong(0), "R_X86_64_64 against " + object.symbolName(symbol));
                } else {
                    Check.equal(target - place.toLong(), place.loadInt(0), "PC-relative against " + object.symbolName(symbol));
                }
                checked++;
            }
        }
        return checked;
    }

    // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
    @SuppressWarnings({"ownership:cell.boundary.shared", "ownership:cell.boundary.shared.result"})
    private static CellObject parsed(byte[] cell) {
        CellObject object = CellObject.parse(ByteView.of(cell), new Rejection());
        Check.isTrue(object != null, "the cell parses");
        return object;
    }

    // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
    @SuppressWarnings({"ownership:cell.boundary.shared", "ownership:cell.boundary.shared.result"})
    private static void checkType(byte[] cell, int type) {
        Cells.absent(Cells.COUNTER);
        LoadResult result = Loader.load(cell);
        Check.isTrue(result.isLoaded(), result.toString());
        Check.isTrue(checkAgainstImage(result.cell(), parsed(cell), type) > 0, "some relocations of the type");
        Check.equal(1, Cells.call(result.cell(), Cells.NEXT), "the relocated code runs");
        Cells.unload(Cells.COUNTER);
    }

    static void addTo(CaseList cases) {
        cases.add(new TestCase("imageSymbolTableHasTheNucleus") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared.result")
            protected void run() {
                ImageSymbolTable image = Loader.imageSymbols();
                String allocate = "ariadne.runtime.Allocator.allocateObject(Lariadne/magic/Address;I)Ljava/lang/Object;";
                int entry = image.find(allocate);
                Check.isTrue(entry >= 0, "the allocator is in the table");
                Check.equal(Magic.symbolAddress("ariadne.runtime.Allocator.allocateObject(Lariadne/magic/Address;I)Ljava/lang/Object;").toLong(),
                        image.address(entry).toLong(), "its address");
                Check.equal(allocate, image.name(entry), "its name");
                Check.isTrue(image.find("no.such.Symbol()V") < 0, "unknown names are not found");
            }
        });
        cases.add(new TestCase("absolute64HoldsTheSymbol") {
            @Override
            protected void run() {
                checkType(Cells.archived(Cells.COUNTER, 1), Elf.R_X86_64_64);
            }
        });
        cases.add(new TestCase("pc32HoldsTheDisplacement") {
            @Override
            protected void run() {
                checkType(Cells.archived(Cells.COUNTER, 1), Elf.R_X86_64_PC32);
            }
        });
        cases.add(new TestCase("plt32IsAppliedAsADirectCall") {
            @Override
            protected void run() {
                byte[] cell = Cells.archived(Cells.COUNTER, 1);
                Check.isTrue(Corruption.retype(cell, Elf.R_X86_64_PC32, Elf.R_X86_64_PLT32) > 0, "calls made PLT32");
                checkType(cell, Elf.R_X86_64_PLT32);
            }
        });
        cases.add(new TestCase("loadedCodeIsNotWritable") {
            @Override
            protected void run() {
                Cells.absent(Cells.COUNTER);
                LoadedCell counter = Cells.load(Cells.COUNTER, 1);
                Address next = counter.exportAddress(Cells.NEXT);
                long flags = ariadne.memory.PageTables.flagsOf(next);
                Check.equal(0, flags & ariadne.memory.PageFlags.WRITABLE, "code page is read-only");
                Check.equal(0, flags & ariadne.memory.PageFlags.NO_EXECUTE, "code page is executable");
                Address statics = counter.exportAddress("static:ariadne.demo.counter.Counter.count");
                long dataFlags = ariadne.memory.PageTables.flagsOf(statics);
                Check.isTrue((dataFlags & ariadne.memory.PageFlags.WRITABLE) != 0, "data page is writable");
                Check.isTrue(!ariadne.memory.PageTables.noExecuteSupported()
                        || (dataFlags & ariadne.memory.PageFlags.NO_EXECUTE) != 0, "data page is not executable");
                Check.equal(1, CallGate.invoke(next), "the code runs");
                Cells.unload(Cells.COUNTER);
            }
        });
    }
}
