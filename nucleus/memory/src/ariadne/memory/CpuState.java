package ariadne.memory;

import ariadne.magic.Address;

/**
 * The interrupt flag, spin-lock words, and the stack and frame pointers: boot code bound at link time
 * ({@code ariadne.boot.MemoryPrimitives}).
 */
public final class CpuState {
    private CpuState() {
    }

    /** Disables interrupts; returns RFLAGS from before, for {@link #restoreInterrupts}. */
    public static native long disableInterrupts();

    /** Enables interrupts again if they were enabled in {@code flags}. */
    public static native void restoreInterrupts(long flags);

    /**
     * Disables interrupts, then spins until it changes the word at {@code lock} from 0 to 1;
     * returns RFLAGS from before, for {@link #release}.
     */
    public static native long acquire(Address lock);

    /** Sets the word at {@code lock} to 0, then enables interrupts if they were enabled in {@code flags}. */
    public static native void release(Address lock, long flags);

    /** The caller's stack pointer. */
    public static native long stackPointer();

    /** The caller's frame pointer (rbp: the head of its frame chain). */
    public static native long framePointer();
}
