package ariadne.memory;

import ariadne.magic.Address;

/**
 * The interrupt flag, an atomic exchange and the stack pointer: boot code bound at link time
 * ({@code ariadne.boot.MemoryPrimitives}).
 */
public final class CpuState {
    private CpuState() {
    }

    /** Disables interrupts; returns RFLAGS from before, for {@link #restoreInterrupts}. */
    public static native long disableInterrupts();

    /** Enables interrupts again if they were enabled in {@code flags}. */
    public static native void restoreInterrupts(long flags);

    /** Atomically stores {@code value} at {@code address}; returns the value it replaced. */
    public static native long exchange(Address address, long value);

    /** The caller's stack pointer. */
    public static native long stackPointer();

    /** The caller's frame pointer (rbp: the head of its frame chain). */
    public static native long framePointer();
}
