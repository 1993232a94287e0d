package ariadne.interrupts;

/** Raw CPU operations that fault, for tests of the fault paths: boot code ({@code ariadne.boot.InterruptPrimitives}). */
public final class FaultInjection {
    private FaultInjection() {
    }

    /** {@code idiv} without Java's zero check: a zero {@code divisor} raises a real #DE. */
    public static native long divide(long dividend, long divisor);
}
