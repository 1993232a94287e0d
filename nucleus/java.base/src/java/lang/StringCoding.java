package java.lang;

import java.io.UnsupportedEncodingException;

/**
 * The charsets strings convert to and from bytes: UTF-8 (the default, as on a UTF-8 host),
 * US-ASCII and ISO-8859-1. Encoding replaces what a charset cannot hold (and unpaired
 * surrogates) with '?'; decoding replaces malformed input with U+FFFD.
 */
final class StringCoding {

    static final int UTF_8 = 0;
    static final int US_ASCII = 1;
    static final int ISO_8859_1 = 2;

    private StringCoding() {
    }

    /** The charset for a name or alias (case-insensitive). */
    static int lookup(String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        String name = charsetName.toUpperCase();
        if (name.equals("UTF-8") || name.equals("UTF8")) {
            return UTF_8;
        }
        if (name.equals("US-ASCII") || name.equals("ASCII")) {
            return US_ASCII;
        }
        if (name.equals("ISO-8859-1") || name.equals("ISO8859_1") || name.equals("LATIN1")) {
            return ISO_8859_1;
        }
        throw new UnsupportedEncodingException(charsetName);
    }

    static byte[] encode(char[] chars, int charset) {
        byte[] out = new byte[charset == UTF_8 ? chars.length * 3 : chars.length];
        int n = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (charset != UTF_8) {
                int limit = charset == US_ASCII ? 0x80 : 0x100;
                if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                }
                out[n++] = (byte) (c < limit ? c : '?');
            } else if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xc0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                    int cp = Character.toCodePoint(c, chars[++i]);
                    out[n++] = (byte) (0xf0 | (cp >> 18));
                    out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                    out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                    out[n++] = (byte) (0x80 | (cp & 0x3f));
                } else {
                    out[n++] = '?';
                }
            } else {
                out[n++] = (byte) (0xe0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                out[n++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        byte[] exact = new byte[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }

    static char[] decode(byte[] bytes, int offset, int length, int charset) {
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + length
                    + ", length " + bytes.length);
        }
        char[] out = new char[length];
        int n;
        if (charset == UTF_8) {
            n = new Utf8Decoder(bytes, offset, offset + length, out).run();
        } else {
            n = length;
            for (int i = 0; i < length; i++) {
                int b = bytes[offset + i] & 0xff;
                out[i] = (char) (charset == US_ASCII && b >= 0x80 ? REPLACEMENT : b);
            }
        }
        char[] exact = new char[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }

    private static final char REPLACEMENT = '\ufffd';

    /**
     * UTF-8 to UTF-16 with the JDK's replacement rules: a malformed sequence becomes one
     * U+FFFD covering as many bytes as the JDK's decoder takes (1 to 3), and a sequence cut
     * short by the end of the input ends the decoding with one U+FFFD.
     */
    private static final class Utf8Decoder {
        private final byte[] src;
        private final int end;
        private final char[] dst;
        private int sp;
        private int dp;

        Utf8Decoder(byte[] src, int start, int end, char[] dst) {
            this.src = src;
            this.sp = start;
            this.end = end;
            this.dst = dst;
        }

        int run() {
            while (sp < end) {
                int b1 = src[sp++];
                if (b1 >= 0) {
                    dst[dp++] = (char) b1;
                } else if ((b1 >> 5) == -2 && (b1 & 0x1e) != 0) {
                    if (!twoBytes(b1)) {
                        break;
                    }
                } else if ((b1 >> 4) == -2) {
                    if (!threeBytes(b1)) {
                        break;
                    }
                } else if ((b1 >> 3) == -2) {
                    if (!fourBytes(b1)) {
                        break;
                    }
                } else {
                    dst[dp++] = REPLACEMENT;
                }
            }
            return dp;
        }

        /** False when the input ends inside the sequence. */
        private boolean twoBytes(int b1) {
            if (sp >= end) {
                dst[dp++] = REPLACEMENT;
                return false;
            }
            int b2 = src[sp++];
            if (notContinuation(b2)) {
                dst[dp++] = REPLACEMENT;
                sp--;
            } else {
                dst[dp++] = (char) (((b1 & 0x1f) << 6) | (b2 & 0x3f));
            }
            return true;
        }

        private boolean threeBytes(int b1) {
            if (sp + 1 < end) {
                int b2 = src[sp++];
                int b3 = src[sp++];
                if (overlong3(b1, b2) || notContinuation(b2) || notContinuation(b3)) {
                    dst[dp++] = REPLACEMENT;
                    sp -= 2;
                    sp += (overlong3(b1, b2) || notContinuation(b2)) ? 0 : 1;
                } else {
                    char c = (char) (((b1 & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f));
                    dst[dp++] = Character.isSurrogate(c) ? REPLACEMENT : c;
                }
                return true;
            }
            if (sp < end && (overlong3(b1, src[sp]) || notContinuation(src[sp]))) {
                dst[dp++] = REPLACEMENT;
                return true;
            }
            dst[dp++] = REPLACEMENT;
            return false;
        }

        private boolean fourBytes(int b1) {
            int lead = b1 & 0xff;
            if (sp + 2 < end) {
                int b2 = src[sp++];
                int b3 = src[sp++];
                int b4 = src[sp++];
                int cp = ((b1 & 0x07) << 18) | ((b2 & 0x3f) << 12) | ((b3 & 0x3f) << 6) | (b4 & 0x3f);
                if (notContinuation(b2) || notContinuation(b3) || notContinuation(b4)
                        || !Character.isSupplementaryCodePoint(cp)) {
                    dst[dp++] = REPLACEMENT;
                    sp -= 3;
                    if (!badSecond4(lead, b2 & 0xff)) {
                        sp += notContinuation(b3) ? 1 : 2;
                    }
                } else {
                    dst[dp++] = Character.highSurrogate(cp);
                    dst[dp++] = Character.lowSurrogate(cp);
                }
                return true;
            }
            if (lead > 0xf4 || (sp < end && badSecond4(lead, src[sp] & 0xff))) {
                dst[dp++] = REPLACEMENT;
                return true;
            }
            sp++;
            dst[dp++] = REPLACEMENT;
            return sp < end && notContinuation(src[sp]);
        }

        private static boolean notContinuation(int b) {
            return (b & 0xc0) != 0x80;
        }

        /** E0 followed by 80..9F: an overlong three-byte form. */
        private static boolean overlong3(int b1, int b2) {
            return b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80;
        }

        /** A second byte that cannot follow this four-byte lead. */
        private static boolean badSecond4(int lead, int b2) {
            return lead > 0xf4 || (lead == 0xf0 && (b2 < 0x90 || b2 > 0xbf))
                    || (lead == 0xf4 && (b2 & 0xf0) != 0x80) || (b2 & 0xc0) != 0x80;
        }
    }
}
