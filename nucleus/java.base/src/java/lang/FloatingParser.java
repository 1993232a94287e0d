package java.lang;

/**
 * Double.parseDouble and Float.parseFloat: the JDK 17 grammar and messages, and correct
 * rounding (to nearest, ties to even) straight from the decimal or hexadecimal digits to the
 * target precision. Short inputs take the exact floating-point fast path; the rest is done in
 * exact big-number arithmetic.
 */
final class FloatingParser {

    private static final int DOUBLE_PRECISION = ExactRounding.DOUBLE_PRECISION;
    private static final int FLOAT_PRECISION = ExactRounding.FLOAT_PRECISION;
    /** Decimal exponents beyond which every value overflows or underflows. */
    private static final int DECIMAL_OVERFLOW = 310;
    private static final int DECIMAL_UNDERFLOW = -330;

    private final String in;
    private int position;
    private boolean negative;
    /** The significant digits without leading zeros, as a number. */
    private BigNatural digits;
    /** Up to 18 leading significant digits, for the fast path. */
    private long shortDigits;
    private int digitCount;
    /** The value is digits * 10^exponent (or * 2^exponent for hexadecimal input). */
    private long exponent;

    private FloatingParser(String in) {
        this.in = in;
    }

    static double parseDouble(String s) {
        return Double.longBitsToDouble(parse(s, DOUBLE_PRECISION));
    }

    static float parseFloat(String s) {
        return Float.intBitsToFloat((int) parse(s, FLOAT_PRECISION));
    }

    /** The bits of the double (precision 53) or float (24) that s denotes. */
    private static long parse(String s, int precision) {
        FloatingParser parser = new FloatingParser(s.trim());
        return parser.convert(precision);
    }

    private NumberFormatException malformed() {
        return new NumberFormatException("For input string: \"" + in + "\"");
    }

    private char charAt(int i) {
        if (i >= in.length()) {
            throw malformed();
        }
        return in.charAt(i);
    }

    private long convert(int precision) {
        if (in.isEmpty()) {
            throw new NumberFormatException("empty String");
        }
        char c = in.charAt(0);
        if (c == '-' || c == '+') {
            negative = c == '-';
            position++;
        }
        c = charAt(position);
        if (c == 'N' || c == 'I') {
            String word = c == 'N' ? "NaN" : "Infinity";
            if (!in.startsWith(word, position) || position + word.length() != in.length()) {
                throw malformed();
            }
            return c == 'N' ? nan(precision) : infinity(precision);
        }
        if (c == '0' && position + 1 < in.length()
                && (in.charAt(position + 1) == 'x' || in.charAt(position + 1) == 'X')) {
            position += 2;
            scanHexadecimal();
            return digits.isZero() ? zero(precision) : withSign(precision, ExactRounding.round(precision, digits, exponent));
        }
        scanDecimal();
        return decimalToBinary(precision);
    }

    private void addDigit(int value, int radix) {
        if (digits == null) {
            if (value == 0) {
                return;
            }
            digits = BigNatural.of(0);
        }
        digits.multiplyAdd(radix, value);
        if (digitCount < 18) {
            shortDigits = shortDigits * radix + value;
        }
        digitCount++;
    }

    /** digits [. digits] [e|E [sign] digits] [f|F|d|D], at least one digit in the mantissa. */
    private void scanDecimal() {
        boolean anyDigit = false;
        boolean point = false;
        long scale = 0;
        for (; position < in.length(); position++) {
            char c = in.charAt(position);
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                addDigit(c - '0', 10);
                if (point) {
                    scale--;
                }
            } else if (c == '.') {
                if (point) {
                    throw new NumberFormatException("multiple points");
                }
                point = true;
            } else {
                break;
            }
        }
        if (!anyDigit) {
            throw malformed();
        }
        exponent = scale;
        scanExponent(10);
        scanSuffix();
    }

    /** 0x hexdigits [. hexdigits] (p|P) [sign] digits [f|F|d|D]; the exponent is binary. */
    private void scanHexadecimal() {
        boolean anyDigit = false;
        boolean point = false;
        long scale = 0;
        for (; position < in.length(); position++) {
            char c = in.charAt(position);
            int value = Character.digit(c, 16);
            if (value >= 0 && c < 128) {
                anyDigit = true;
                addDigit(value, 16);
                if (point) {
                    scale -= 4;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (!anyDigit || position >= in.length()
                || (in.charAt(position) != 'p' && in.charAt(position) != 'P')) {
            throw malformed();
        }
        exponent = scale;
        scanExponent(2);
        scanSuffix();
        if (digits == null) {
            digits = BigNatural.of(0);
        }
    }

    /** An optional exponent (required, with its marker, for radix 2) added to {@code exponent}. */
    private void scanExponent(int radix) {
        if (position >= in.length()) {
            return;
        }
        char marker = in.charAt(position);
        boolean decimalMarker = marker == 'e' || marker == 'E';
        boolean binaryMarker = marker == 'p' || marker == 'P';
        if (radix == 10 ? !decimalMarker : !binaryMarker) {
            return;
        }
        position++;
        char c = charAt(position);
        boolean negativeExponent = false;
        if (c == '-' || c == '+') {
            negativeExponent = c == '-';
            position++;
        }
        int start = position;
        long value = 0;
        while (position < in.length() && in.charAt(position) >= '0' && in.charAt(position) <= '9') {
            if (value < 100000000000L) {
                value = value * 10 + (in.charAt(position) - '0');
            }
            position++;
        }
        if (position == start) {
            throw malformed();
        }
        exponent += negativeExponent ? -value : value;
    }

    /** Nothing may follow but one type suffix. */
    private void scanSuffix() {
        if (position == in.length()) {
            return;
        }
        char c = in.charAt(position);
        if (position != in.length() - 1 || (c != 'f' && c != 'F' && c != 'd' && c != 'D')) {
            throw malformed();
        }
    }

    private long decimalToBinary(int precision) {
        if (digits == null) {
            return zero(precision);
        }
        long magnitude = exponent + digitCount;
        if (magnitude > DECIMAL_OVERFLOW) {
            return infinity(precision);
        }
        if (magnitude < DECIMAL_UNDERFLOW) {
            return zero(precision);
        }
        int e = (int) exponent;
        if (digitCount <= 15 && e >= -22 && e <= 22 && precision == DOUBLE_PRECISION) {
            // One correctly rounded operation on exact operands.
            double value = (double) shortDigits;
            value = e >= 0 ? value * powerOfTen(e) : value / powerOfTen(-e);
            return Double.doubleToRawLongBits(negative ? -value : value);
        }
        if (digitCount <= 7 && e >= -10 && e <= 10 && precision == FLOAT_PRECISION) {
            float value = (float) shortDigits;
            value = e >= 0 ? value * (float) powerOfTen(e) : value / (float) powerOfTen(-e);
            return Float.floatToRawIntBits(negative ? -value : value) & 0xffffffffL;
        }
        if (e >= 0) {
            return withSign(precision, ExactRounding.round(precision, digits.multiplyPow5(e), e));
        }
        // digits / 5^k * 2^-k
        return withSign(precision, ExactRounding.roundQuotient(precision, digits, BigNatural.pow52(-e, 0), e));
    }

    private static double powerOfTen(int n) {
        double p = 1.0;
        for (int i = 0; i < n; i++) {
            p *= 10.0;
        }
        return p;
    }

    private long withSign(int precision, long bits) {
        if (!negative) {
            return bits;
        }
        return bits | (precision == DOUBLE_PRECISION ? Long.MIN_VALUE : 0x80000000L);
    }

    private long zero(int precision) {
        return withSign(precision, 0);
    }

    private long infinity(int precision) {
        return withSign(precision, ExactRounding.infinityBits(precision));
    }

    private static long nan(int precision) {
        return precision == DOUBLE_PRECISION ? 0x7ff8000000000000L : 0x7fc00000L;
    }
}
