package java.util;

/** %s %S %b %B %h %H %c %C and %%: text cut to the precision, upper-cased, justified. */
final class GeneralConversion {
    private GeneralConversion() {
    }

    static void print(FormatSpecifier spec, StringBuilder out, Object arg) {
        switch (spec.conversion) {
            case 's' -> {
                spec.rejectFlags(FormatFlags.ALTERNATE); // only a Formattable takes '#'
                printText(spec, out, arg == null ? "null" : arg.toString());
            }
            case 'b' -> printText(spec, out, arg == null ? "false" : arg instanceof Boolean ? arg.toString() : "true");
            case 'h' -> printText(spec, out, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
            default -> printText(spec, out, arg == null ? "null" : character(spec, arg));
        }
    }

    /** %c: a Character, or a Byte, Short or Integer holding a code point. */
    private static String character(FormatSpecifier spec, Object arg) {
        if (arg instanceof Character) {
            return arg.toString();
        }
        int codePoint;
        if (arg instanceof Byte) {
            codePoint = (Byte) arg;
        } else if (arg instanceof Short) {
            codePoint = (Short) arg;
        } else if (arg instanceof Integer) {
            codePoint = (Integer) arg;
        } else {
            throw spec.mismatch(arg);
        }
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalFormatCodePointException(codePoint);
        }
        return new String(Character.toChars(codePoint));
    }

    static void printText(FormatSpecifier spec, StringBuilder out, String text) {
        if (spec.precision != -1 && spec.precision < text.length()) {
            text = text.substring(0, spec.precision);
        }
        if (spec.has(FormatFlags.UPPERCASE)) {
            text = text.toUpperCase();
        }
        spec.appendJustified(out, text);
    }
}
