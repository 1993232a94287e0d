package ariadne.base;

import ariadne.magic.Address;
import ariadne.magic.Magic;

/**
 * Identity hash codes, kept in the upper half of each object's status word once assigned.
 * Like HotSpot's they are non-zero 31-bit values; they come from a xorshift sequence, so a run
 * is reproducible.
 */
public final class IdentityHash {

    private static final int SEED = 0x2545F491;

    /** The xorshift state; 0 until the first hash (so the class needs no initialiser). */
    private static int state;

    private IdentityHash() {
    }

    /** The identity hash of a non-null object, assigned on first request. */
    public static int of(Object object) {
        Address status = Magic.objectAddress(object).plus(ObjectLayout.STATUS);
        long word = status.loadLong();
        int hash = (int) (word >>> 32);
        if (hash == 0) {
            hash = next();
            status.storeLong(((long) hash << 32) | (word & 0xffffffffL));
        }
        return hash;
    }

    private static int next() {
        if (state == 0) {
            state = SEED;
        }
        int hash;
        do {
            int x = state;
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            state = x;
            hash = x & 0x7fffffff;
        } while (hash == 0);
        return hash;
    }
}
