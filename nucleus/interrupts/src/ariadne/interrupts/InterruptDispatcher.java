package ariadne.interrupts;

import ariadne.magic.Address;
import ariadne.magic.Entrypoint;
import ariadne.ownership.CellState;

/**
 * Where every entry stub calls in (symbol named in {@code ariadne.boot.InterruptStubs}), with
 * interrupts off: CPU exceptions go to {@link Faults}; device and timer interrupts are
 * acknowledged at the local APIC, then passed to the vector's {@link VectorHandler}.
 */
final class InterruptDispatcher {
    @CellState
    private static final InterruptFrame[] FRAMES = new InterruptFrame[Idt.VECTORS];
    @CellState
    private static final VectorHandler[] HANDLERS = new VectorHandler[Idt.VECTORS];
    @CellState
    private static long spurious;
    @CellState
    private static long unhandled;

    private InterruptDispatcher() {
    }

    /** Creates the per-vector frame views; before the IDT is loaded, so that dispatching allocates nothing. */
    static void prepare() {
        for (int vector = 0; vector < FRAMES.length; vector++) {
            FRAMES[vector] = new InterruptFrame();
        }
    }

    static void register(int vector, VectorHandler handler) {
        HANDLERS[vector] = handler;
    }

    /** The frame view of the interrupt frame at {@code frameAddress}, for its vector; allocates nothing. */
    static InterruptFrame frameAt(Address frameAddress) {
        InterruptFrame frame = FRAMES[(int) (frameAddress.loadLong(120) & 0xFF)];
        frame.bind(frameAddress);
        return frame;
    }

    @Entrypoint
    static void dispatch(Address frameAddress) {
        InterruptFrame frame = frameAt(frameAddress);
        int vector = frame.vector();
        if (vector < Vectors.FIRST_EXTERNAL) {
            Faults.handle(frame);
            return;
        }
        if (vector == Vectors.APIC_SPURIOUS || vector >= Vectors.LEGACY_PIC_BASE && vector < Vectors.LEGACY_PIC_BASE + 16) {
            spurious++; // no end-of-interrupt for these
            return;
        }
        LocalApic.endOfInterrupt();
        VectorHandler handler = HANDLERS[vector];
        if (handler != null) {
            handler.handle(frame);
        } else {
            unhandled++;
        }
    }

    static long spuriousCount() {
        return spurious;
    }

    static long unhandledCount() {
        return unhandled;
    }
}
