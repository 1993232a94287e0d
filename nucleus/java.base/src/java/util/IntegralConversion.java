package java.util;

/** %d %o %x %X of Byte, Short, Integer and Long; negatives are two's complement in %o and %x. */
final class IntegralConversion {
    private IntegralConversion() {
    }

    static void print(FormatSpecifier spec, StringBuilder out, Object arg) {
        if (arg == null) {
            GeneralConversion.printText(spec, out, "null");
            return;
        }
        long value;
        int bits;
        if (arg instanceof Byte) {
            value = (Byte) arg;
            bits = 8;
        } else if (arg instanceof Short) {
            value = (Short) arg;
            bits = 16;
        } else if (arg instanceof Integer) {
            value = (Integer) arg;
            bits = 32;
        } else if (arg instanceof Long) {
            value = (Long) arg;
            bits = 64;
        } else {
            throw spec.mismatch(arg);
        }
        StringBuilder text = new StringBuilder();
        if (spec.conversion == 'd') {
            decimal(spec, text, value);
        } else {
            if (value < 0 && bits < 64) {
                value += 1L << bits; // the type's own two's complement, not the long's
            }
            radix(spec, text, value);
        }
        spec.appendJustified(out, text);
    }

    private static void decimal(FormatSpecifier spec, StringBuilder text, long value) {
        boolean negative = value < 0;
        SignedMagnitude.leadingSign(spec, text, negative);
        SignedMagnitude.appendMagnitude(spec, text, Long.toString(value), negative ? 1 : 0,
                SignedMagnitude.widthBeforeParenthesis(spec, spec.width, negative));
        SignedMagnitude.trailingSign(spec, text, negative);
    }

    /** %o and %x: '#' gives the radix prefix, '0' pads between prefix and digits. */
    private static void radix(FormatSpecifier spec, StringBuilder text, long value) {
        spec.rejectFlags(FormatFlags.PARENTHESES, FormatFlags.LEADING_SPACE, FormatFlags.PLUS);
        boolean octal = spec.conversion == 'o';
        String digits = octal ? Long.toOctalString(value) : Long.toHexString(value);
        if (spec.has(FormatFlags.ALTERNATE)) {
            text.append(octal ? "0" : spec.has(FormatFlags.UPPERCASE) ? "0X" : "0x");
        }
        if (spec.has(FormatFlags.ZERO_PAD)) {
            for (int i = text.length() + digits.length(); i < spec.width; i++) {
                text.append('0');
            }
        }
        text.append(spec.has(FormatFlags.UPPERCASE) ? digits.toUpperCase() : digits);
    }
}
