package ariadne.memory;

import ariadne.magic.Address;
import ariadne.ownership.CellState;

/**
 * A guard page at the bottom of the boot stack, which the kernel (and a program run by it)
 * keeps using: without it, running off the stack would overwrite the boot page tables below it.
 * The boot stack is found from the frame chain: docs/ABI.md says the Java entry is called with
 * rsp at the top of a 1 MiB stack and rbp = 0, and the boot object puts that top on a page
 * boundary. An overflow is thrown as {@code StackOverflowError} on an overflow area of its own.
 */
final class BootStackGuard {
    static final long BOOT_STACK_SIZE = 1L << 20;

    @CellState
    private static long guardStart = -1;
    @CellState
    private static MappedPages overflowArea;

    private BootStackGuard() {
    }

    /** Unmaps the lowest page of the boot stack; must run on the boot stack. */
    static void install() {
        long frame = CpuState.framePointer();
        while (Address.fromLong(frame).loadLong(0) != 0) {
            frame = Address.fromLong(frame).loadLong(0); // up to the outermost Java frame
        }
        long top = Page.alignUp(frame + 16);
        long bottom = top - BOOT_STACK_SIZE;
        long stackPointer = CpuState.stackPointer();
        if (stackPointer <= bottom + Page.SIZE || stackPointer > top) {
            return; // not on a boot stack of the documented shape: leave it alone
        }
        overflowArea = MappedPages.allocate(StackAllocator.OVERFLOW_AREA >>> Page.SHIFT, PageFlags.DATA);
        PageTables.unmap(Address.fromLong(bottom));
        guardStart = bottom;
    }

    static boolean isGuard(long address) {
        return guardStart >= 0 && address >= guardStart && address < guardStart + Page.SIZE;
    }

    /** Where the code that throws the error runs. */
    static Address overflowAreaTop() {
        return overflowArea.start().plus(overflowArea.size());
    }
}
