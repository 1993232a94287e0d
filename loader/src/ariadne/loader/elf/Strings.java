package ariadne.loader.elf;

import ariadne.base.ObjectLayout;
import ariadne.magic.Address;
import ariadne.magic.Magic;

/** UTF-8 names in cell objects and the image: decoding, comparing and encoding without surprises. */
public final class Strings {
    private Strings() {
    }

    /** The NUL-terminated UTF-8 string at {@code offset} (the caller knows a NUL follows). */
    public static String decode(ByteView bytes, long offset) {
        long end = offset;
        while (bytes.contains(end, 1) && bytes.u8(end) != 0) {
            end++;
        }
        return decode(bytes.address(offset), (int) (end - offset));
    }

    /** {@code length} bytes of UTF-8 at {@code at}; a malformed sequence becomes U+FFFD. */
    public static String decode(Address at, int length) {
        StringBuilder text = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            int b = at.loadByte(i) & 0xff;
            int extra = b < 0x80 ? 0 : b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
            if (extra < 0 || i + extra >= length) {
                text.append('\ufffd');
                i++;
                continue;
            }
            int code = extra == 0 ? b : b & (0x3f >> extra);
            for (int k = 1; k <= extra; k++) {
                code = code << 6 | (at.loadByte(i + k) & 0x3f);
            }
            if (code >= 0x10000) {
                text.append((char) (0xd800 + ((code - 0x10000) >> 10)));
                text.append((char) (0xdc00 + (code & 0x3ff)));
            } else {
                text.append((char) code);
            }
            i += extra + 1;
        }
        return text.toString();
    }

    /** The UTF-8 bytes of {@code text}. */
    public static byte[] encode(String text) {
        int size = 0;
        for (int i = 0; i < text.length(); i++) {
            size += width(text.charAt(i));
        }
        byte[] out = new byte[size];
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else {
                out[at++] = (byte) (0xe0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return out;
    }

    private static int width(char c) {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }

    /** Where the bytes of {@code array} are. */
    public static Address bytesOf(byte[] array) {
        return Magic.objectAddress(array).plus(ObjectLayout.ARRAY_ELEMENTS);
    }

    /** Bytes before the NUL that must follow {@code at}. */
    public static int length(Address at) {
        int length = 0;
        while (at.loadByte(length) != 0) {
            length++;
        }
        return length;
    }

    /**
     * Unsigned byte order of two names in memory, shorter first on a common prefix. Equal
     * prefixes are skipped eight bytes at a time: symbol names share long package prefixes.
     */
    public static int compare(Address a, int aLength, Address b, int bLength) {
        int common = aLength < bLength ? aLength : bLength;
        int i = 0;
        while (i + 8 <= common && a.loadLong(i) == b.loadLong(i)) {
            i += 8;
        }
        for (; i < common; i++) {
            int x = a.loadByte(i) & 0xff;
            int y = b.loadByte(i) & 0xff;
            if (x != y) {
                return x - y;
            }
        }
        return aLength - bLength;
    }

    /** Whether the name at {@code a} ends with {@code suffix}'s bytes. */
    public static boolean endsWith(Address a, int aLength, byte[] suffix) {
        if (aLength < suffix.length) {
            return false;
        }
        for (int i = 0; i < suffix.length; i++) {
            if (a.loadByte(aLength - suffix.length + i) != suffix[i]) {
                return false;
            }
        }
        return true;
    }
}
