package ariadne.x86;

import java.util.Arrays;

/** A growable little-endian byte buffer with in-place patching. */
final class CodeBuffer {
    private byte[] bytes = new byte[256];
    private int size;

    int size() {
        return size;
    }

    void put8(int value) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[size++] = (byte) value;
    }

    void put16(int value) {
        put8(value);
        put8(value >>> 8);
    }

    void put32(int value) {
        put16(value);
        put16(value >>> 16);
    }

    void put64(long value) {
        put32((int) value);
        put32((int) (value >>> 32));
    }

    void patch8(int offset, int value) {
        bytes[offset] = (byte) value;
    }

    void patch32(int offset, int value) {
        for (int i = 0; i < 4; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
