package ariadne.memory;

import ariadne.base.ObjectLayout;
import ariadne.magic.Address;
import ariadne.magic.Magic;

/**
 * A lock that is safe against interrupts and other CPUs: {@link #lock} disables interrupts on
 * this CPU, then spins on an atomic exchange ({@link CpuState#acquire}, test-and-test-and-set).
 * Critical sections must be short and must not block.
 */
public final class SpinLock {
    /** 0 free, 1 held; a long[] element so the exchange has an address. */
    private final long[] word = new long[1];
    private final Address wordAddress = Magic.objectAddress(word).plus(ObjectLayout.ARRAY_ELEMENTS);

    /** Takes the lock; returns the interrupt state for {@link #unlock}. */
    public long lock() {
        return CpuState.acquire(wordAddress);
    }

    /** Releases the lock and restores the interrupt state {@link #lock} returned. */
    public void unlock(long flags) {
        CpuState.release(wordAddress, flags);
    }

    public boolean isHeld() {
        return word[0] != 0;
    }
}
