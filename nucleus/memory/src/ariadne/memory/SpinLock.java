package ariadne.memory;

import ariadne.base.ObjectLayout;
import ariadne.magic.Address;
import ariadne.magic.Magic;

/**
 * A lock that is safe against interrupts and other CPUs: {@link #lock} disables interrupts on
 * this CPU, then spins on an atomic exchange. Critical sections must be short and must not block.
 */
public final class SpinLock {
    /** 0 free, 1 held; a long[] element so the exchange has an address. */
    private final long[] word = new long[1];
    private final Address wordAddress = Magic.objectAddress(word).plus(ObjectLayout.ARRAY_ELEMENTS);

    /** Takes the lock; returns the interrupt state for {@link #unlock}. */
    public long lock() {
        long flags = CpuState.disableInterrupts();
        while (CpuState.exchange(wordAddress, 1) != 0) {
            Magic.pause();
        }
        return flags;
    }

    /** Releases the lock and restores the interrupt state {@link #lock} returned. */
    public void unlock(long flags) {
        word[0] = 0;
        CpuState.restoreInterrupts(flags);
    }

    public boolean isHeld() {
        return word[0] != 0;
    }
}
