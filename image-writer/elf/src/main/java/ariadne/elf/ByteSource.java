package ariadne.elf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Bounds-checked little-endian reads from a file image; every failure is an {@link ElfFormatException}. */
final class ByteSource {
    private final byte[] bytes;

    ByteSource(byte[] bytes) {
        this.bytes = bytes;
    }

    long length() {
        return bytes.length;
    }

    int u8(long at) {
        require(at, 1, "byte");
        return bytes[(int) at] & 0xff;
    }

    int u16(long at) {
        require(at, 2, "half-word");
        return (bytes[(int) at] & 0xff) | (bytes[(int) at + 1] & 0xff) << 8;
    }

    long u32(long at) {
        require(at, 4, "word");
        return (u16(at) & 0xffffL) | (long) u16(at + 2) << 16;
    }

    long u64(long at) {
        require(at, 8, "double word");
        return u32(at) | u32(at + 4) << 32;
    }

    /** Whether {@code [offset, offset + size)} lies inside the file (overflow-safe). */
    boolean contains(long offset, long size) {
        return offset >= 0 && size >= 0 && offset <= bytes.length && size <= bytes.length - offset;
    }

    byte[] slice(long offset, long size, String what) {
        require(offset, size, what);
        return Arrays.copyOfRange(bytes, (int) offset, (int) (offset + size));
    }

    /** The NUL-terminated UTF-8 string at {@code offset}, which must end before {@code limit}. */
    String cString(long offset, long limit, String what) {
        int end = (int) offset;
        while (end < limit && bytes[end] != 0) {
            end++;
        }
        if (end >= limit) {
            throw new ElfFormatException(what + " is not NUL-terminated inside its string table");
        }
        return new String(bytes, (int) offset, end - (int) offset, StandardCharsets.UTF_8);
    }

    private void require(long at, long size, String what) {
        if (!contains(at, size)) {
            throw new ElfFormatException(what + " at offset " + at + " (+" + size + " bytes) lies beyond the end of the "
                    + bytes.length + "-byte file");
        }
    }
}
