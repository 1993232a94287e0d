package ariadne.interrupts;

import ariadne.magic.Magic;
import ariadne.ownership.CellState;

/**
 * Starts interrupt handling: own GDT and TSS (interrupt stacks), the IDT, the local and I/O
 * APICs (legacy PICs masked), the calibrated periodic timer and serial input; then enables
 * interrupts. Memory management must be running.
 */
public final class Interrupts {
    @CellState
    private static boolean started;

    private Interrupts() {
    }

    public static void initialize() {
        if (started) {
            throw new IllegalStateException("interrupts already started");
        }
        started = true;
        InterruptDispatcher.prepare();
        TaskStateSegment.install();
        Idt.install();
        LegacyPic.disable();
        LocalApic.enable();
        IoApic.maskAll();
        Timer.start();
        SerialInput.start();
        Magic.sti();
    }

    /** Sends vector {@code vector} (a device or software vector, not an exception) to {@code handler}. */
    public static void register(int vector, VectorHandler handler) {
        if (vector < Vectors.FIRST_EXTERNAL || vector >= Idt.VECTORS) {
            throw new IllegalArgumentException("not a vector for handlers: " + vector);
        }
        InterruptDispatcher.register(vector, handler);
    }

    /** The code address the IDT gate of {@code vector} enters: a boot stub, or a compiled {@code @InterruptHandler}. */
    public static long entryOf(int vector) {
        return Idt.entryOf(vector);
    }

    /** Interrupts that arrived at a vector without a handler, and spurious ones. */
    public static long unhandledCount() {
        return InterruptDispatcher.unhandledCount() + InterruptDispatcher.spuriousCount();
    }
}
