package ariadne.demo.counter;

import ariadne.ownership.CellState;

/** Version 2 of the demo cell: the same state and API, a different report. */
public final class Counter {
    @CellState
    private static long count;

    private Counter() {
    }

    /** The next value of the counter, going on from wherever version 1 left it. */
    public static long next() {
        count++;
        return count;
    }

    /** How this version reports a value. */
    public static String describe(long value) {
        return "counter v2 says " + value;
    }
}
