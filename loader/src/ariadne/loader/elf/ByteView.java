package ariadne.loader.elf;

import ariadne.base.ObjectLayout;
import ariadne.magic.Address;
import ariadne.magic.Magic;

/**
 * Bytes of a cell object in memory, read little-endian. Every read is checked against the
 * length, so a lying header can never make the loader read outside the object: validation
 * checks ranges with {@link #contains} first, and a read out of range returns 0.
 */
public final class ByteView {
    private final Address base;
    private final long length;
    /** Keeps an array-backed view's array reachable for as long as the view. */
    private final byte[] array;

    private ByteView(Address base, long length, byte[] array) {
        this.base = base;
        this.length = length;
        this.array = array;
    }

    /** The {@code length} bytes at {@code base} (e.g. a cell in the image's archive). */
    public static ByteView of(Address base, long length) {
        return new ByteView(base, length, null);
    }

    /** The bytes of {@code array}, which must not change while the view is used. */
    public static ByteView of(byte[] array) {
        return new ByteView(Magic.objectAddress(array).plus(ObjectLayout.ARRAY_ELEMENTS), array.length, array);
    }

    public long length() {
        return length;
    }

    public Address address(long offset) {
        return base.plus(offset);
    }

    /** Whether {@code [offset, offset + size)} lies inside the view (no overflow for any inputs). */
    public boolean contains(long offset, long size) {
        return offset >= 0 && size >= 0 && offset <= length && size <= length - offset;
    }

    public int u8(long offset) {
        return contains(offset, 1) ? base.loadByte(offset) & 0xff : 0;
    }

    public int u16(long offset) {
        return contains(offset, 2) ? base.loadShort(offset) & 0xffff : 0;
    }

    /** An unsigned 32-bit field, widened. */
    public long u32(long offset) {
        return contains(offset, 4) ? base.loadInt(offset) & 0xffffffffL : 0;
    }

    public long u64(long offset) {
        return contains(offset, 8) ? base.loadLong(offset) : 0;
    }
}
