package java.util;

/**
 * The sign and digit layout %d and the decimal floating conversions share: '+', ' ' or '('
 * around the magnitude, ',' grouping by three before the '.', and '0' padding after the sign.
 */
final class SignedMagnitude {
    private SignedMagnitude() {
    }

    static void leadingSign(FormatSpecifier spec, StringBuilder out, boolean negative) {
        if (negative) {
            out.append(spec.has(FormatFlags.PARENTHESES) ? '(' : '-');
        } else if (spec.has(FormatFlags.PLUS)) {
            out.append('+');
        } else if (spec.has(FormatFlags.LEADING_SPACE)) {
            out.append(' ');
        }
    }

    static void trailingSign(FormatSpecifier spec, StringBuilder out, boolean negative) {
        if (negative && spec.has(FormatFlags.PARENTHESES)) {
            out.append(')');
        }
    }

    /** The width left for the sign and magnitude once a closing ')' is accounted for. */
    static int widthBeforeParenthesis(FormatSpecifier spec, int width, boolean negative) {
        return width != -1 && negative && spec.has(FormatFlags.PARENTHESES) ? width - 1 : width;
    }

    /**
     * Appends the digits of {@code magnitude} from {@code offset} (with ',' separators if the
     * flag is set), then pads with zeros after whatever {@code out} already held so that
     * {@code out} reaches {@code width}, if the '0' flag is set.
     */
    static void appendMagnitude(FormatSpecifier spec, StringBuilder out, CharSequence magnitude, int offset,
                                int width) {
        int begin = out.length();
        int length = magnitude.length();
        int dot = length;
        for (int i = offset; i < length; i++) {
            if (magnitude.charAt(i) == '.') {
                dot = i;
                break;
            }
        }
        boolean group = spec.has(FormatFlags.GROUP);
        for (int i = offset; i < length; i++) {
            char c = magnitude.charAt(i);
            out.append(c);
            if (group && i < dot - 1 && (dot - i) % 3 == 1) {
                out.append(',');
            }
        }
        if (spec.has(FormatFlags.ZERO_PAD) && width > out.length()) {
            out.insert(begin, "0".repeat(width - out.length()));
        }
    }
}
