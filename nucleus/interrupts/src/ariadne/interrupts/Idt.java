package ariadne.interrupts;

import ariadne.magic.Address;
import ariadne.magic.Magic;
import ariadne.ownership.CellState;

/**
 * The interrupt descriptor table: 256 interrupt gates (interrupts off on entry), each to its
 * entry stub from the boot object's table {@code boot.interrupt_stubs}, except the vectors
 * given a compiled {@code @InterruptHandler} with {@link #installHandler}.
 */
final class Idt {
    static final int VECTORS = 256;
    private static final int CODE_SELECTOR = 0x08;
    /** Present, DPL 0, 64-bit interrupt gate. */
    private static final long INTERRUPT_GATE = 0x8E;

    /** Two longs per gate; kept reachable for as long as the CPU uses it. */
    @CellState
    private static final long[] TABLE = new long[VECTORS * 2];
    @CellState
    private static final long[] POINTER = new long[2];

    private Idt() {
    }

    static void install() {
        Address stubs = Magic.symbolAddress("boot.interrupt_stubs");
        for (int vector = 0; vector < VECTORS; vector++) {
            setGate(vector, stubs.loadLong(vector * 8L), 0);
        }
        setGate(Vectors.DOUBLE_FAULT, stubs.loadLong(Vectors.DOUBLE_FAULT * 8L), TaskStateSegment.DOUBLE_FAULT_STACK);
        setGate(Vectors.PAGE_FAULT, stubs.loadLong(Vectors.PAGE_FAULT * 8L), TaskStateSegment.PAGE_FAULT_STACK);
        setGate(Vectors.NMI, stubs.loadLong(Vectors.NMI * 8L), TaskStateSegment.NMI_STACK);
        setGate(Vectors.DIVIDE_ERROR, stubs.loadLong(Vectors.DIVIDE_ERROR * 8L), TaskStateSegment.DIVIDE_ERROR_STACK);
        Cpu.loadIdt(DescriptorPointer.of(POINTER, DescriptorPointer.elements(TABLE), TABLE.length * 8));
    }

    /** Points {@code vector} at a compiled {@code @InterruptHandler} entry instead of its stub. */
    static void installHandler(int vector, Address entry) {
        setGate(vector, entry.toLong(), 0);
    }

    /** The code address the gate of {@code vector} enters. */
    static long entryOf(int vector) {
        return TABLE[vector * 2] & 0xFFFF | (TABLE[vector * 2] >>> 48 & 0xFFFF) << 16 | TABLE[vector * 2 + 1] << 32;
    }

    private static void setGate(int vector, long handler, int interruptStack) {
        TABLE[vector * 2] = (handler & 0xFFFF) | ((long) CODE_SELECTOR << 16) | ((long) interruptStack << 32)
                | (INTERRUPT_GATE << 40) | (((handler >>> 16) & 0xFFFF) << 48);
        TABLE[vector * 2 + 1] = handler >>> 32;
    }
}
