package ariadne.suites.loader;

import ariadne.loader.CallGate;
import ariadne.loader.LoadResult;
import ariadne.loader.LoadedCell;
import ariadne.loader.Loader;
import ariadne.loader.Outcome;
import ariadne.loader.archive.CellArchive;
import ariadne.loader.elf.ByteView;
import ariadne.magic.Address;
import ariadne.memory.Frames;
import ariadne.memory.Page;
import ariadne.memory.heap.Heap;
import ariadne.suites.Check;

/** Helpers for the loader cases: load what must load, unload what must unload. */
final class Cells {
    /** The demo cell's entry points. */
    static final String COUNTER = "counter";
    static final String NEXT = "ariadne.demo.counter.Counter.next()J";
    static final String DESCRIBE = "ariadne.demo.counter.Counter.describe(J)Ljava/lang/String;";

    static final String BASE = "loader-test-base";
    static final String USER = "loader-test-user";

    private Cells() {
    }

    /** A copy of the bytes of {@code name} v{@code version} in the archive, to inspect or corrupt. */
    // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
    @SuppressWarnings("ownership:cell.boundary.shared.result")
    static byte[] archived(String name, int version) {
        CellArchive archive = Loader.archive();
        int entry = archive.find(name, version);
        Check.isTrue(entry >= 0, name + " v" + version + " is in the archive");
        ByteView view = archive.cell(entry);
        byte[] copy = new byte[(int) view.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = (byte) view.u8(i);
        }
        return copy;
    }

    /**
     * Frames in use except those of the kernel heap and of page tables: what loading and
     * unloading must give back exactly (the heap keeps the loader's bookkeeping objects until a
     * collector exists, and page tables split for page rights are never merged again).
     */
    static long framesOutsideHeap() {
        return Frames.usedFrames() - Heap.bytesMapped() / Page.SIZE - Frames.pageTableFrames();
    }

    /** Calls a static method of a loaded cell that takes no argument and returns a long. */
    static long call(LoadedCell cell, String symbol) {
        Address code = cell.exportAddress(symbol);
        Check.isTrue(!code.isZero(), symbol + " is exported by " + cell);
        return CallGate.invoke(code);
    }

    /** Calls a static method of a loaded cell that takes no argument and returns an object. */
    // sound: CallGate types a cell export's result Object; every export called here returns a String, which is immutable
    @SuppressWarnings("ownership:cell.boundary.shared.result")
    static Object callForObject(LoadedCell cell, String symbol) {
        Address code = cell.exportAddress(symbol);
        Check.isTrue(!code.isZero(), symbol + " is exported by " + cell);
        return CallGate.invokeForObject(code);
    }

    /** Checks that a load was refused with a reason containing {@code expected}. */
    static void refused(LoadResult result, String expected) {
        Check.isTrue(!result.isLoaded(), "refused, but " + result);
        Check.isTrue(result.refusal().contains(expected), "reason '" + result.refusal() + "' names '" + expected + "'");
    }

    // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
    @SuppressWarnings("ownership:cell.boundary.shared.result")
    static LoadedCell load(String name, int version) {
        LoadResult result = Loader.loadFromArchive(name, version);
        Check.isTrue(result.isLoaded(), "load " + name + " v" + version + ": " + result);
        return result.cell();
    }

    static void unload(String name) {
        Outcome outcome = Loader.unload(name);
        Check.isTrue(outcome.isDone(), "unload " + name + ": " + outcome);
    }

    /**
     * Unloads {@code name}, and first every cell that depends on it, if it is loaded: cases start
     * from a known namespace (the boot loaded every cell of the archive).
     */
    // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
    @SuppressWarnings({"ownership:cell.boundary.shared", "ownership:cell.boundary.shared.result"})
    static void absent(String name) {
        LoadedCell cell = Loader.namespace().find(name);
        if (cell == null) {
            return;
        }
        LoadedCell[] dependents = Loader.namespace().dependentsOf(cell);
        for (int i = 0; i < dependents.length; i++) {
            absent(dependents[i].name());
        }
        unload(name);
    }
}
