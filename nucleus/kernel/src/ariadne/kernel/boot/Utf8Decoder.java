package ariadne.kernel.boot;

/**
 * Decodes UTF-8 (the dialect's String has no byte constructors yet). Malformed input becomes
 * U+FFFD, one per bad byte; good enough for a boot command line.
 */
public final class Utf8Decoder {

    private static final char REPLACEMENT = '\uFFFD';

    private Utf8Decoder() {
    }

    public static String decode(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xff;
            if (lead < 0x80) {
                text.append((char) lead);
                i++;
                continue;
            }
            int extra = lead >= 0xc2 && lead < 0xe0 ? 1
                    : lead >= 0xe0 && lead < 0xf0 ? 2 : lead >= 0xf0 && lead < 0xf5 ? 3 : -1;
            int codePoint = extra < 0 ? -1 : continuation(bytes, i, extra, lead);
            if (codePoint < 0) {
                text.append(REPLACEMENT);
                i++;
                continue;
            }
            appendCodePoint(text, codePoint);
            i += extra + 1;
        }
        return text.toString();
    }

    /** The code point of the sequence at {@code start}, or -1 if it is malformed. */
    private static int continuation(byte[] bytes, int start, int extra, int lead) {
        if (start + extra >= bytes.length) {
            return -1;
        }
        int codePoint = lead & (0x7f >> (extra + 1));
        for (int k = 1; k <= extra; k++) {
            int next = bytes[start + k] & 0xff;
            if ((next & 0xc0) != 0x80) {
                return -1;
            }
            codePoint = codePoint << 6 | next & 0x3f;
        }
        int smallest = extra == 1 ? 0x80 : extra == 2 ? 0x800 : 0x10000;
        boolean surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
        if (codePoint < smallest || surrogate || codePoint > 0x10ffff) {
            return -1;
        }
        return codePoint;
    }

    private static void appendCodePoint(StringBuilder text, int codePoint) {
        if (codePoint < 0x10000) {
            text.append((char) codePoint);
        } else {
            text.append(Character.highSurrogate(codePoint));
            text.append(Character.lowSurrogate(codePoint));
        }
    }
}
