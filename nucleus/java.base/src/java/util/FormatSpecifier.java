package java.util;

/**
 * One parsed {@code %[index$][flags][width][.precision]conversion}: its argument index, flags,
 * width and precision (-1 when absent) and its lower-case conversion, checked as the JDK checks
 * them when the format string is parsed. Printing is handed to the conversion's own class.
 */
final class FormatSpecifier {
    /** index: 0 = the next ordinary argument, -1 = the previous one ('<'), -2 = none (%n, %%). */
    static final int PREVIOUS_ARGUMENT = -1;
    static final int NO_ARGUMENT = -2;

    final int index;
    final int flags;
    final int width;
    final int precision;
    final char conversion;

    FormatSpecifier(String format, int start, int indexEnd, int flagsEnd, int widthEnd, int precisionEnd) {
        int parsedIndex = indexEnd > start ? argumentIndex(format, start, indexEnd - 1) : 0;
        int parsedFlags = FormatFlags.parse(format, indexEnd, flagsEnd);
        if ((parsedFlags & FormatFlags.PREVIOUS) != 0) {
            parsedIndex = PREVIOUS_ARGUMENT;
        }
        width = widthEnd > flagsEnd ? number(format, flagsEnd, widthEnd, false) : -1;
        precision = precisionEnd > widthEnd ? number(format, widthEnd + 1, precisionEnd, true) : -1;
        char c = format.charAt(precisionEnd);
        if (!FormatConversions.isValid(c)) {
            throw new UnknownFormatConversionException(String.valueOf(c));
        }
        if (c >= 'A' && c <= 'Z') {
            parsedFlags |= FormatFlags.UPPERCASE;
            c = (char) (c + ('a' - 'A'));
        }
        if (c == 'n' || c == '%') {
            parsedIndex = NO_ARGUMENT;
        }
        conversion = c;
        flags = parsedFlags;
        index = parsedIndex;
        FormatConversions.check(this);
    }

    private static int argumentIndex(String format, int start, int end) {
        int value = parseInt(format, start, end);
        if (value <= 0) {
            throw new IllegalFormatArgumentIndexException(value);
        }
        return value;
    }

    private static int number(String format, int start, int end, boolean isPrecision) {
        int value = parseInt(format, start, end);
        if (value < 0) {
            throw isPrecision ? new IllegalFormatPrecisionException(Integer.MIN_VALUE)
                    : new IllegalFormatWidthException(Integer.MIN_VALUE);
        }
        return value;
    }

    /** Decimal digits as an int, or Integer.MIN_VALUE when they do not fit. */
    private static int parseInt(String format, int start, int end) {
        long value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (format.charAt(i) - '0');
            if (value > Integer.MAX_VALUE) {
                return Integer.MIN_VALUE;
            }
        }
        return (int) value;
    }

    boolean has(int flag) {
        return (flags & flag) == flag;
    }

    /** Throws FormatFlagsConversionMismatchException naming the first of {@code badFlags} that is set. */
    void rejectFlags(int... badFlags) {
        for (int flag : badFlags) {
            if ((flags & flag) != 0) {
                throw new FormatFlagsConversionMismatchException(FormatFlags.toString(flag), conversion);
            }
        }
    }

    IllegalFormatConversionException mismatch(Object arg) {
        return new IllegalFormatConversionException(conversion, arg.getClass());
    }

    /** Appends {@code text} padded with spaces to the width ('-': on the right). */
    void appendJustified(StringBuilder out, CharSequence text) {
        int padding = width - text.length();
        if (has(FormatFlags.LEFT_JUSTIFY)) {
            out.append(text);
        }
        for (int i = 0; i < padding; i++) {
            out.append(' ');
        }
        if (!has(FormatFlags.LEFT_JUSTIFY)) {
            out.append(text);
        }
    }

    /** The specifier as the JDK spells it in exception messages: flags come before the index. */
    public String toString() {
        StringBuilder text = new StringBuilder("%");
        text.append(FormatFlags.toString(flags & ~FormatFlags.UPPERCASE));
        if (index > 0) {
            text.append(index).append('$');
        }
        if (width != -1) {
            text.append(width);
        }
        if (precision != -1) {
            text.append('.').append(precision);
        }
        text.append(has(FormatFlags.UPPERCASE) ? (char) (conversion - ('a' - 'A')) : conversion);
        return text.toString();
    }
}
