package java.util;

/**
 * The conversions by kind: which are valid, the flag/width/precision rules the JDK checks when it
 * parses a specifier, and which class prints each kind.
 */
final class FormatConversions {
    private static final String GENERAL = "bBsShH";
    private static final String CHARACTER = "cC";
    private static final String INTEGRAL = "doxX";
    private static final String FLOATING = "eEfgGaA";
    private static final String TEXT = "n%";

    private FormatConversions() {
    }

    static boolean isValid(char c) {
        return GENERAL.indexOf(c) >= 0 || CHARACTER.indexOf(c) >= 0 || INTEGRAL.indexOf(c) >= 0
                || FLOATING.indexOf(c) >= 0 || TEXT.indexOf(c) >= 0;
    }

    /** Checks a specifier whose conversion is valid and lower case. */
    static void check(FormatSpecifier spec) {
        char c = spec.conversion;
        if (GENERAL.indexOf(c) >= 0) {
            if (c != 's' && spec.has(FormatFlags.ALTERNATE)) {
                spec.rejectFlags(FormatFlags.ALTERNATE);
            }
            requireWidthForLeftJustify(spec);
            spec.rejectFlags(FormatFlags.PLUS, FormatFlags.LEADING_SPACE, FormatFlags.ZERO_PAD,
                    FormatFlags.GROUP, FormatFlags.PARENTHESES);
        } else if (c == 'c') {
            rejectPrecision(spec);
            spec.rejectFlags(FormatFlags.ALTERNATE, FormatFlags.PLUS, FormatFlags.LEADING_SPACE,
                    FormatFlags.ZERO_PAD, FormatFlags.GROUP, FormatFlags.PARENTHESES);
            requireWidthForLeftJustify(spec);
        } else if (INTEGRAL.indexOf(c) >= 0) {
            checkNumeric(spec);
            rejectPrecision(spec);
            spec.rejectFlags(c == 'd' ? FormatFlags.ALTERNATE : FormatFlags.GROUP);
        } else if (FLOATING.indexOf(c) >= 0) {
            checkNumeric(spec);
            if (c == 'a') {
                spec.rejectFlags(FormatFlags.PARENTHESES, FormatFlags.GROUP);
            } else if (c == 'e') {
                spec.rejectFlags(FormatFlags.GROUP);
            } else if (c == 'g') {
                spec.rejectFlags(FormatFlags.ALTERNATE);
            }
        } else {
            checkText(spec);
        }
    }

    private static void requireWidthForLeftJustify(FormatSpecifier spec) {
        if (spec.width == -1 && spec.has(FormatFlags.LEFT_JUSTIFY)) {
            throw new MissingFormatWidthException(spec.toString());
        }
    }

    private static void rejectPrecision(FormatSpecifier spec) {
        if (spec.precision != -1) {
            throw new IllegalFormatPrecisionException(spec.precision);
        }
    }

    private static void checkNumeric(FormatSpecifier spec) {
        if (spec.width == -1 && (spec.flags & (FormatFlags.LEFT_JUSTIFY | FormatFlags.ZERO_PAD)) != 0) {
            throw new MissingFormatWidthException(spec.toString());
        }
        if (spec.has(FormatFlags.PLUS | FormatFlags.LEADING_SPACE)
                || spec.has(FormatFlags.LEFT_JUSTIFY | FormatFlags.ZERO_PAD)) {
            throw new IllegalFormatFlagsException(FormatFlags.toString(spec.flags));
        }
    }

    private static void checkText(FormatSpecifier spec) {
        rejectPrecision(spec);
        if (spec.conversion == '%') {
            if (spec.flags != FormatFlags.LEFT_JUSTIFY && spec.flags != FormatFlags.NONE) {
                throw new IllegalFormatFlagsException(FormatFlags.toString(spec.flags));
            }
            requireWidthForLeftJustify(spec);
        } else {
            if (spec.width != -1) {
                throw new IllegalFormatWidthException(spec.width);
            }
            if (spec.flags != FormatFlags.NONE) {
                throw new IllegalFormatFlagsException(FormatFlags.toString(spec.flags));
            }
        }
    }

    /** Appends the argument converted as the specifier says. */
    static void print(FormatSpecifier spec, StringBuilder out, Object arg) {
        char c = spec.conversion;
        if (INTEGRAL.indexOf(c) >= 0) {
            IntegralConversion.print(spec, out, arg);
        } else if (FLOATING.indexOf(c) >= 0) {
            FloatingConversion.print(spec, out, arg);
        } else if (c == 'n') {
            out.append(System.lineSeparator());
        } else if (c == '%') {
            GeneralConversion.printText(spec, out, "%");
        } else {
            GeneralConversion.print(spec, out, arg);
        }
    }
}
