package ariadne.elf;

import java.util.Arrays;

/** A growable little-endian byte buffer for laying out ELF files. */
final class ByteSink {
    private byte[] bytes = new byte[256];
    private int size;

    int position() {
        return size;
    }

    void u8(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    void u16(int value) {
        u8(value);
        u8(value >>> 8);
    }

    void u32(long value) {
        u16((int) value);
        u16((int) (value >>> 16));
    }

    void u64(long value) {
        u32(value);
        u32(value >>> 32);
    }

    void bytes(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, size, data.length);
        size += data.length;
    }

    /** Pads with zeros up to the next multiple of {@code alignment} (0 and 1 mean none). */
    void alignTo(long alignment) {
        if (alignment > 1) {
            padTo(Alignment.up(size, alignment));
        }
    }

    /** Pads with zeros up to absolute offset {@code offset}. */
    void padTo(long offset) {
        if (offset < size) {
            throw new IllegalStateException("cannot pad backwards from " + size + " to " + offset);
        }
        int count = Math.toIntExact(offset - size);
        ensure(count);
        size += count; // the buffer is zero-filled already
    }

    /** Overwrites 8 bytes at an earlier position. */
    void patchU64(int at, long value) {
        for (int i = 0; i < 8; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        int needed = Math.addExact(size, more);
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }
    }
}
