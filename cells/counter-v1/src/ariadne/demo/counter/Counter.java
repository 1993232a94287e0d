package ariadne.demo.counter;

import ariadne.ownership.CellState;

/** Version 1 of the demo cell: counts calls and says so. */
public final class Counter {
    @CellState
    private static long count;

    private Counter() {
    }

    /** The next value of the counter, starting at 1. */
    public static long next() {
        count++;
        return count;
    }

    /** How this version reports a value. */
    public static String describe(long value) {
        return "counter v1: " + value;
    }
}
