package ariadne.task;

import ariadne.magic.Address;
import ariadne.magic.Magic;

/**
 * The machine operations the task cell needs beyond the compiler's intrinsics. The two native
 * methods are defined by the boot object {@code ariadne.boot.ContextSwitch}.
 */
final class Cpu {
    /** RFLAGS.IF: maskable interrupts are enabled. */
    private static final long INTERRUPT_FLAG = 1L << 9;

    private Cpu() {
    }

    /**
     * Saves the current stack pointer at {@code saveRspTo} and continues on {@code newRsp}: the
     * call returns when some task switches back to the saved stack.
     */
    static native void switchStacks(Address saveRspTo, Address newRsp);

    /** Masks interrupts and returns RFLAGS as they were before. */
    static native long disableInterrupts();

    /** Unmasks interrupts if {@code flags} (from {@link #disableInterrupts}) had them enabled. */
    static void restoreInterrupts(long flags) {
        if ((flags & INTERRUPT_FLAG) != 0) {
            Magic.sti();
        }
    }
}
