package ariadne.demo.counter;

import ariadne.loader.OldState;
import ariadne.ownership.CellState;

/** Keeps its count in an int under another name, so the swap calls {@link #migrateFrom}. */
public final class Counter {
    @CellState
    private static int ticks;

    private Counter() {
    }

    /** Builds this version's state from the replaced version's. */
    public static void migrateFrom(OldState old) {
        ticks = (int) old.readLong("ariadne.demo.counter.Counter.count");
    }

    public static long next() {
        ticks++;
        return ticks;
    }

    public static String describe(long value) {
        return "counter v4 (migrated): " + value;
    }
}
