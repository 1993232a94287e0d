package ariadne.demo.counter;

import ariadne.ownership.CellState;

/** An incompatible version: {@code describe(long)} became {@code describe(int)}. */
public final class Counter {
    @CellState
    private static long count;

    private Counter() {
    }

    public static long next() {
        count++;
        return count;
    }

    public static String describe(int value) {
        return "counter v3: " + value;
    }
}
