package ariadne.loadertest.base;

import ariadne.ownership.CellState;

/** Hands out initialisation stamps, so the suite can see in which order classes were initialised. */
public final class Base {
    @CellState
    private static long stamps;
    /** Taken when this class is initialised. */
    private static final long STAMP = nextStamp();

    private Base() {
    }

    public static long nextStamp() {
        stamps++;
        return stamps;
    }

    public static long stamp() {
        return STAMP;
    }

    public static long add(long a, long b) {
        return a + b;
    }
}
