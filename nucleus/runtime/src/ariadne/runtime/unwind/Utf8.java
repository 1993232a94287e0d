package ariadne.runtime.unwind;

import ariadne.magic.Address;

/** The method table's strings: a u16 byte length, then UTF-8 (names of classes, methods and files). */
final class Utf8 {
    private Utf8() {
    }

    static String decode(Address string) {
        int length = string.loadChar(0);
        char[] chars = new char[length];
        int count = 0;
        int i = 0;
        while (i < length) {
            int b = byteAt(string, i);
            if (b < 0x80) {
                chars[count++] = (char) b;
                i++;
            } else if (b < 0xE0) {
                chars[count++] = (char) ((b & 0x1F) << 6 | byteAt(string, i + 1) & 0x3F);
                i += 2;
            } else {
                chars[count++] = (char) ((b & 0x0F) << 12 | (byteAt(string, i + 1) & 0x3F) << 6
                        | byteAt(string, i + 2) & 0x3F);
                i += 3;
            }
        }
        return new String(chars, 0, count);
    }

    /** Whether the ASCII {@code text} equals the string at {@code string} (false when that is zero). Allocates nothing. */
    static boolean equals(Address string, String text) {
        if (string.isZero() || string.loadChar(0) != text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (byteAt(string, i) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int byteAt(Address string, int index) {
        return string.loadByte(2 + index) & 0xFF;
    }
}
