package ariadne.interrupts;

/**
 * Handles one interrupt vector (see {@link Interrupts#register}). Runs with interrupts off;
 * for device interrupts the local APIC has already been sent its end-of-interrupt.
 */
public abstract class VectorHandler {
    public abstract void handle(InterruptFrame frame);
}
