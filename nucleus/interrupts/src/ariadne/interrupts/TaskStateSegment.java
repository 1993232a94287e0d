package ariadne.interrupts;

import ariadne.magic.Address;
import ariadne.memory.Stack;
import ariadne.memory.StackAllocator;
import ariadne.ownership.CellState;

/**
 * A GDT of our own (the boot GDT's flat code and data descriptors plus a TSS) and the TSS,
 * whose interrupt stack table gives the double fault, page fault, NMI and divide error handlers
 * stacks of their own: a page fault from an overflowing stack then still has a stack to run on,
 * and a fault turned into a Java exception can push its return address onto the interrupted
 * stack without overwriting the interrupt frame (which is elsewhere).
 */
final class TaskStateSegment {
    static final int DOUBLE_FAULT_STACK = 1;
    static final int PAGE_FAULT_STACK = 2;
    static final int NMI_STACK = 3;
    static final int DIVIDE_ERROR_STACK = 4;

    private static final int TSS_SELECTOR = 0x18;
    private static final long CODE64_DESCRIPTOR = 0x00AF_9A00_0000_FFFFL;
    private static final long DATA_DESCRIPTOR = 0x00CF_9200_0000_FFFFL;
    private static final int TSS_SIZE = 104;
    private static final int IST_OFFSET = 0x24;
    private static final int IO_MAP_OFFSET = 0x66;
    private static final long TSS_AVAILABLE_64 = 0x9;
    private static final long PRESENT = 1L << 47;
    private static final long IST_STACK_SIZE = 16L << 10;

    /** Kept reachable: the CPU uses them for as long as the system runs. */
    @CellState
    private static final long[] GDT = new long[5];
    @CellState
    private static final long[] TSS = new long[(TSS_SIZE + 7) / 8];
    @CellState
    private static final long[] POINTER = new long[2];
    @CellState
    private static final Stack[] STACKS = new Stack[4];

    private TaskStateSegment() {
    }

    static void install() {
        Address tss = DescriptorPointer.elements(TSS);
        int[] ists = {DOUBLE_FAULT_STACK, PAGE_FAULT_STACK, NMI_STACK, DIVIDE_ERROR_STACK};
        for (int i = 0; i < ists.length; i++) {
            STACKS[i] = StackAllocator.allocate(IST_STACK_SIZE);
            tss.storeLong(IST_OFFSET + 8L * (ists[i] - 1), STACKS[i].top().toLong());
        }
        tss.storeShort(IO_MAP_OFFSET, (short) TSS_SIZE); // no I/O permission map
        long base = tss.toLong();
        GDT[1] = CODE64_DESCRIPTOR;
        GDT[2] = DATA_DESCRIPTOR;
        GDT[3] = (TSS_SIZE - 1) | ((base & 0xFF_FFFFL) << 16) | (TSS_AVAILABLE_64 << 40) | PRESENT
                | (((base >>> 24) & 0xFF) << 56);
        GDT[4] = base >>> 32;
        Cpu.loadGdt(DescriptorPointer.of(POINTER, DescriptorPointer.elements(GDT), GDT.length * 8));
        Cpu.loadTaskRegister(TSS_SELECTOR);
    }
}
