package java.lang;

/** The boxed char, and the UTF-16 helpers that need no Unicode tables. */
public final class Character implements java.io.Serializable, Comparable<Character> {

    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';
    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0X10FFFF;
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    /** The first code unit of each run of ten Nd digits in the BMP (Unicode 13, as JDK 17). */
    private static final String DIGIT_ZEROS =
            "\u0030\u0660\u06F0\u07C0\u0966\u09E6\u0A66\u0AE6"
            + "\u0B66\u0BE6\u0C66\u0CE6\u0D66\u0DE6\u0E50\u0ED0"
            + "\u0F20\u1040\u1090\u17E0\u1810\u1946\u19D0\u1A80"
            + "\u1A90\u1B50\u1BB0\u1C40\u1C50\uA620\uA8D0\uA900"
            + "\uA9D0\uA9F0\uAA50\uABF0\uFF10";

    private final char value;

    @Deprecated(since = "9", forRemoval = true)
    public Character(char value) {
        this.value = value;
    }

    /** Boxes {@code c}; the characters 0 to 127 share one box each. */
    public static Character valueOf(char c) {
        if (c <= 127) {
            return Cache.BOXES[c];
        }
        return new Character(c);
    }

    public char charValue() {
        return value;
    }

    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(char value) {
        return (int) value;
    }

    public boolean equals(Object obj) {
        return obj instanceof Character && value == ((Character) obj).charValue();
    }

    public String toString() {
        return String.valueOf(value);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public int compareTo(Character anotherCharacter) {
        return compare(value, anotherCharacter.value);
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    public static boolean isValidCodePoint(int codePoint) {
        return codePoint >>> 16 < (MAX_CODE_POINT + 1) >>> 16;
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint < MAX_CODE_POINT + 1;
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch < (MAX_HIGH_SURROGATE + 1);
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch < (MAX_LOW_SURROGATE + 1);
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch < (MAX_SURROGATE + 1);
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    public static int toCodePoint(char high, char low) {
        return ((high << 10) + low) + (MIN_SUPPLEMENTARY_CODE_POINT
                - (MIN_HIGH_SURROGATE << 10) - MIN_LOW_SURROGATE);
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE);
    }

    /** The character for {@code digit} in {@code radix} (lower-case letters), or '\0'. */
    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0 || radix < MIN_RADIX || radix > MAX_RADIX) {
            return '\0';
        }
        if (digit < 10) {
            return (char) ('0' + digit);
        }
        return (char) ('a' - 10 + digit);
    }

    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xFF00) >> 8) | (ch << 8));
    }

    /**
     * Java whitespace: a Unicode space, line or paragraph separator other than the no-break
     * spaces (U+00A0, U+2007, U+202F), or one of TAB, LF, VT, FF, CR and U+001C to U+001F.
     */
    public static boolean isWhitespace(char ch) {
        if (ch <= ' ') {
            return ch == ' ' || ch >= '\t' && ch <= '\r' || ch >= '\u001c' && ch <= '\u001f';
        }
        return isSpaceChar(ch) && ch != '\u00a0' && ch != '\u2007' && ch != '\u202f';
    }

    /** Whether {@code ch} is a Unicode space, line or paragraph separator (Zs, Zl, Zp). */
    public static boolean isSpaceChar(char ch) {
        return ch == ' ' || ch == '\u00a0' || ch == '\u1680' || ch >= '\u2000' && ch <= '\u200a'
                || ch == '\u2028' || ch == '\u2029' || ch == '\u202f' || ch == '\u205f'
                || ch == '\u3000';
    }

    /** Whether {@code ch} is a decimal digit (Unicode general category Nd). */
    public static boolean isDigit(char ch) {
        return decimalValue(ch) >= 0;
    }

    /**
     * The value of {@code ch} as a digit in {@code radix}, or -1: decimal digits of any
     * script, and the Latin letters in ASCII and full-width forms for 10 to 35.
     */
    public static int digit(char ch, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int value = decimalValue(ch);
        if (value < 0) {
            value = letterValue(ch);
        }
        return value < radix ? value : -1;
    }

    private static int decimalValue(char ch) {
        if (ch <= '9') {
            return ch >= '0' ? ch - '0' : -1;
        }
        for (int i = 1; i < DIGIT_ZEROS.length(); i++) {
            int offset = ch - DIGIT_ZEROS.charAt(i);
            if (offset >= 0 && offset < 10) {
                return offset;
            }
        }
        return -1;
    }

    private static int letterValue(char ch) {
        if (ch >= 'a' && ch <= 'z') {
            return ch - 'a' + 10;
        }
        if (ch >= 'A' && ch <= 'Z') {
            return ch - 'A' + 10;
        }
        if (ch >= '\uFF21' && ch <= '\uFF3A') {
            return ch - '\uFF21' + 10;
        }
        if (ch >= '\uFF41' && ch <= '\uFF5A') {
            return ch - '\uFF41' + 10;
        }
        return -1;
    }

    private static final class Cache {
        static final Character[] BOXES = new Character[128];

        static {
            for (int i = 0; i < BOXES.length; i++) {
                BOXES[i] = new Character((char) i);
            }
        }
    }
}
