package java.util;

/** The flags of a format specifier as bits, with the JDK's parsing and spelling of them. */
final class FormatFlags {
    static final int NONE = 0;
    static final int LEFT_JUSTIFY = 1;       // '-'
    static final int UPPERCASE = 1 << 1;     // set by an upper-case conversion; spelt '^'
    static final int ALTERNATE = 1 << 2;     // '#'
    static final int PLUS = 1 << 3;          // '+'
    static final int LEADING_SPACE = 1 << 4; // ' '
    static final int ZERO_PAD = 1 << 5;      // '0'
    static final int GROUP = 1 << 6;         // ','
    static final int PARENTHESES = 1 << 7;   // '('
    static final int PREVIOUS = 1 << 8;      // '<'

    /** Flag characters in the order the JDK spells a set of flags (index = bit number). */
    private static final String SPELLING = "-^#+ 0,(<";

    private FormatFlags() {
    }

    static boolean isFlag(char c) {
        return c != '^' && SPELLING.indexOf(c) >= 0;
    }

    static int parse(String format, int start, int end) {
        int flags = NONE;
        for (int i = start; i < end; i++) {
            char c = format.charAt(i);
            if (!isFlag(c)) {
                throw new UnknownFormatFlagsException(String.valueOf(c));
            }
            int flag = 1 << SPELLING.indexOf(c);
            if ((flags & flag) != 0) {
                throw new DuplicateFormatFlagsException(toString(flag));
            }
            flags |= flag;
        }
        return flags;
    }

    static String toString(int flags) {
        StringBuilder text = new StringBuilder();
        for (int bit = 0; bit < SPELLING.length(); bit++) {
            if ((flags & (1 << bit)) != 0) {
                text.append(SPELLING.charAt(bit));
            }
        }
        return text.toString();
    }
}
