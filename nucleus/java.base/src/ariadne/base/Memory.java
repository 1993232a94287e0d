package ariadne.base;

import ariadne.magic.Address;

/** Raw memory fill and copy, word at a time where alignment allows. */
public final class Memory {

    private Memory() {
    }

    /** Sets {@code bytes} bytes from {@code start} to zero. */
    public static void zero(Address start, long bytes) {
        long i = 0;
        if ((start.toLong() & 7) == 0) {
            for (; i + 8 <= bytes; i += 8) {
                start.storeLong(i, 0L);
            }
        }
        for (; i < bytes; i++) {
            start.storeByte(i, (byte) 0);
        }
    }

    /** Copies {@code bytes} bytes; the ranges may overlap (memmove semantics). */
    public static void copy(Address destination, Address source, long bytes) {
        boolean wordAligned = ((destination.toLong() | source.toLong()) & 7) == 0;
        if (destination.lessThan(source)) {
            long i = 0;
            if (wordAligned) {
                for (; i + 8 <= bytes; i += 8) {
                    destination.storeLong(i, source.loadLong(i));
                }
            }
            for (; i < bytes; i++) {
                destination.storeByte(i, source.loadByte(i));
            }
        } else if (source.lessThan(destination)) {
            long i = bytes;
            if (wordAligned) {
                for (; i >= 8 && (i & 7) != 0; i--) {
                    destination.storeByte(i - 1, source.loadByte(i - 1));
                }
                for (; i >= 8; i -= 8) {
                    destination.storeLong(i - 8, source.loadLong(i - 8));
                }
            }
            for (; i > 0; i--) {
                destination.storeByte(i - 1, source.loadByte(i - 1));
            }
        }
    }
}
