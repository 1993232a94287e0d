package java.util;

/**
 * Splits a format string into fixed text (String) and FormatSpecifiers, following the JDK's
 * grammar {@code %[index$][flags][width][.precision]conversion}. Every syntax error is thrown
 * before anything is printed, as in the JDK.
 */
final class FormatParser {
    private final String format;
    private int position;

    private FormatParser(String format) {
        this.format = format;
    }

    static ArrayList<Object> parse(String format) {
        return new FormatParser(format).pieces();
    }

    private ArrayList<Object> pieces() {
        ArrayList<Object> pieces = new ArrayList<>();
        int length = format.length();
        while (position < length) {
            int percent = format.indexOf('%', position);
            if (percent < 0) {
                pieces.add(format.substring(position));
                break;
            }
            if (percent > position) {
                pieces.add(format.substring(position, percent));
            }
            if (percent + 1 >= length) {
                throw new UnknownFormatConversionException("%");
            }
            position = percent + 1;
            pieces.add(specifier());
        }
        return pieces;
    }

    /** Parses the specifier after a '%' at position - 1. */
    private FormatSpecifier specifier() {
        int start = position;
        int indexEnd = digitsFrom(start);
        if (indexEnd == start || indexEnd >= format.length() || format.charAt(indexEnd) != '$') {
            indexEnd = start;
        } else {
            indexEnd++;
        }
        int flagsEnd = indexEnd;
        while (flagsEnd < format.length() && FormatFlags.isFlag(format.charAt(flagsEnd))) {
            flagsEnd++;
        }
        int widthEnd = digitsFrom(flagsEnd);
        int precisionEnd = widthEnd;
        if (widthEnd < format.length() && format.charAt(widthEnd) == '.') {
            precisionEnd = digitsFrom(widthEnd + 1);
            if (precisionEnd == widthEnd + 1) {
                throw unknownAt(start);
            }
        }
        if (precisionEnd >= format.length() || !isConversion(format.charAt(precisionEnd))) {
            throw unknownAt(start);
        }
        char conversion = format.charAt(precisionEnd);
        boolean dateTime = (conversion == 't' || conversion == 'T') && precisionEnd + 1 < format.length()
                && isConversion(format.charAt(precisionEnd + 1));
        if (dateTime) {
            throw new UnknownFormatConversionException("date/time conversions are not supported: "
                    + format.substring(start - 1, precisionEnd + 2));
        }
        position = precisionEnd + 1;
        return new FormatSpecifier(format, start, indexEnd, flagsEnd, widthEnd, precisionEnd);
    }

    private UnknownFormatConversionException unknownAt(int start) {
        return new UnknownFormatConversionException(String.valueOf(format.charAt(start)));
    }

    private int digitsFrom(int i) {
        while (i < format.length() && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static boolean isConversion(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%';
    }
}
