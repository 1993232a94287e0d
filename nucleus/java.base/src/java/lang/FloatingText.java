package java.lang;

/**
 * Double.toString and Float.toString exactly as JDK 17 prints them. JDK 17 (unlike 19 and
 * later) does not always print the shortest uniquely identifying digits: it generates digits of
 * the exact binary value with a symmetric half-ULP stopping test, uses integer, long or
 * big-number arithmetic depending on estimated sizes (with slightly different stopping tests),
 * prints at least two digits in E-form and rounds away the low digits of large integers. This
 * class reproduces that digit generation step by step.
 */
final class FloatingText {

    private static final int DOUBLE_FRACTION_BITS = 52;
    private static final long DOUBLE_HIDDEN_BIT = 1L << DOUBLE_FRACTION_BITS;
    private static final long DOUBLE_FRACTION_MASK = DOUBLE_HIDDEN_BIT - 1;
    private static final int DOUBLE_BIAS = 1023;
    private static final int FLOAT_FRACTION_BITS = 23;
    private static final int FLOAT_BIAS = 127;
    /** Binary exponents for which an integral value is converted with long arithmetic. */
    private static final int MAX_SMALL_BIN_EXP = 62;
    private static final int MIN_SMALL_BIN_EXP = -21;
    /** Powers of five below 2^63 that the small cases multiply by (5^0 to 5^26). */
    private static final int LONG_POWERS_OF_FIVE = 27;
    private static final int INT_POWERS_OF_FIVE = 14;

    /** Decimal digits, most significant first, from index 0 to count - 1. */
    private final char[] digits = new char[20];
    private int first;
    private int count;
    /** The value is 0.d1d2d3... * 10^decExponent. */
    private int decExponent;

    private FloatingText() {
    }

    static String toString(double d) {
        long bits = Double.doubleToRawLongBits(d);
        boolean negative = bits < 0;
        long fraction = bits & DOUBLE_FRACTION_MASK;
        int binExp = (int) ((bits >>> DOUBLE_FRACTION_BITS) & 0x7ff);
        if (binExp == 0x7ff) {
            return fraction != 0 ? "NaN" : negative ? "-Infinity" : "Infinity";
        }
        int significantBits;
        if (binExp == 0) {
            if (fraction == 0) {
                return negative ? "-0.0" : "0.0";
            }
            int leadingZeros = Long.numberOfLeadingZeros(fraction);
            int shift = leadingZeros - (63 - DOUBLE_FRACTION_BITS);
            fraction <<= shift;
            binExp = 1 - shift;
            significantBits = 64 - leadingZeros;
        } else {
            fraction |= DOUBLE_HIDDEN_BIT;
            significantBits = DOUBLE_FRACTION_BITS + 1;
        }
        FloatingText text = new FloatingText();
        text.generate(binExp - DOUBLE_BIAS, fraction, significantBits);
        return text.format(negative);
    }

    static String toString(float f) {
        int bits = Float.floatToRawIntBits(f);
        boolean negative = bits < 0;
        int fraction = bits & ((1 << FLOAT_FRACTION_BITS) - 1);
        int binExp = (bits >>> FLOAT_FRACTION_BITS) & 0xff;
        if (binExp == 0xff) {
            return fraction != 0 ? "NaN" : negative ? "-Infinity" : "Infinity";
        }
        int significantBits;
        if (binExp == 0) {
            if (fraction == 0) {
                return negative ? "-0.0" : "0.0";
            }
            int leadingZeros = Integer.numberOfLeadingZeros(fraction);
            int shift = leadingZeros - (31 - FLOAT_FRACTION_BITS);
            fraction <<= shift;
            binExp = 1 - shift;
            significantBits = 32 - leadingZeros;
        } else {
            fraction |= 1 << FLOAT_FRACTION_BITS;
            significantBits = FLOAT_FRACTION_BITS + 1;
        }
        FloatingText text = new FloatingText();
        text.generate(binExp - FLOAT_BIAS, ((long) fraction) << (DOUBLE_FRACTION_BITS - FLOAT_FRACTION_BITS),
                significantBits);
        return text.format(negative);
    }

    /**
     * Digits of fractBits * 2^(binExp - 52), where fractBits has its top bit at bit 52 and the
     * value's precision is {@code significantBits} (the half-ULP bound of the stopping test).
     */
    private void generate(int binExp, long fractBits, int significantBits) {
        int tailZeros = Long.numberOfTrailingZeros(fractBits);
        int fractionBits = DOUBLE_FRACTION_BITS + 1 - tailZeros;
        int tinyBits = Math.max(0, fractionBits - binExp - 1);
        if (binExp <= MAX_SMALL_BIN_EXP && binExp >= MIN_SMALL_BIN_EXP && tinyBits == 0
                && fractionBits + fiveBits(tinyBits) < 64) {
            // An integer that fits in a long.
            int insignificant = binExp > significantBits
                    ? decimalDigitsBelow(binExp - significantBits - 1) : 0;
            long value = binExp >= DOUBLE_FRACTION_BITS
                    ? fractBits << (binExp - DOUBLE_FRACTION_BITS)
                    : fractBits >>> (DOUBLE_FRACTION_BITS - binExp);
            integerDigits(value, insignificant);
            return;
        }
        int decExp = estimateDecimalExponent(fractBits, binExp);
        // value = B / S * 10^decExp; M is half an ULP, scaled like B.
        int b5 = Math.max(0, -decExp);
        int b2 = b5 + tinyBits + binExp;
        int s5 = Math.max(0, decExp);
        int s2 = s5 + tinyBits;
        int m5 = b5;
        int m2 = b2 - significantBits;
        fractBits >>>= tailZeros;
        b2 -= fractionBits - 1;
        int common2 = Math.min(b2, s2);
        b2 -= common2;
        s2 -= common2;
        m2 -= common2;
        if (fractionBits == 1) {
            // A power of two: the next smaller value is only half as far (JDK's adjustment).
            m2 -= 1;
        }
        if (m2 < 0) {
            b2 -= m2;
            s2 -= m2;
            m2 = 0;
        }
        int bBits = fractionBits + b2 + fiveBits(b5);
        int tenSBits = s2 + 1 + fiveBits(s5 + 1);
        if (bBits < 64 && tenSBits < 64) {
            if (bBits < 32 && tenSBits < 32) {
                intDigits((int) fractBits, b5, b2, s5, s2, m5, m2, decExp);
            } else {
                longDigits(fractBits, b5, b2, s5, s2, m5, m2, decExp);
            }
        } else {
            bigDigits(fractBits, b5, b2, s5, s2, m5, m2, decExp);
        }
    }

    /** Bits of 5^n as the JDK estimates them: the bit length, 0 for n = 0, 3n beyond the table. */
    private static int fiveBits(int n) {
        if (n >= LONG_POWERS_OF_FIVE) {
            return n * 3;
        }
        return n == 0 ? 0 : 64 - Long.numberOfLeadingZeros(powerOfFive(n));
    }

    private static long powerOfFive(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 5;
        }
        return p;
    }

    /** floor(log10(2^p2)) for p2 > 1 (here p2 <= 60), else 0: digits dropped from large integers. */
    private static int decimalDigitsBelow(int p2) {
        if (p2 <= 1) {
            return 0;
        }
        long value = 1L << p2;
        int n = 0;
        while (value >= 10) {
            value /= 10;
            n++;
        }
        return n;
    }

    /** floor(log10(value)) estimated from the binary exponent, as the JDK does. */
    private static int estimateDecimalExponent(long fractBits, int binExp) {
        double d2 = Double.longBitsToDouble(((long) DOUBLE_BIAS << DOUBLE_FRACTION_BITS)
                | (fractBits & DOUBLE_FRACTION_MASK));
        double d = (d2 - 1.5D) * 0.289529654D + 0.176091259 + (double) binExp * 0.301029995663981;
        return (int) Math.floor(d);
    }

    /** The digits of an integer, dropping (with rounding) {@code insignificant} low digits. */
    private void integerDigits(long value, int insignificant) {
        int exponent = 0;
        if (insignificant != 0) {
            long pow10 = powerOfFive(insignificant) << insignificant;
            long residue = value % pow10;
            value /= pow10;
            exponent += insignificant;
            if (residue >= (pow10 >> 1)) {
                value++;
            }
        }
        int position = digits.length - 1;
        int digit = (int) (value % 10);
        value /= 10;
        while (digit == 0) {
            exponent++;
            digit = (int) (value % 10);
            value /= 10;
        }
        while (value != 0) {
            digits[position--] = (char) (digit + '0');
            exponent++;
            digit = (int) (value % 10);
            value /= 10;
        }
        digits[position] = (char) (digit + '0');
        decExponent = exponent + 1;
        first = position;
        count = digits.length - position;
    }

    /** Whether E-form (which needs two digits) will be used for this decimal exponent. */
    private static boolean scientific(int decExp) {
        return decExp < -3 || decExp >= 8;
    }

    private void intDigits(int fraction, int b5, int b2, int s5, int s2, int m5, int m2, int decExp) {
        int b = (fraction * (int) powerOfFive(b5)) << b2;
        int s = (int) powerOfFive(s5) << s2;
        int m = (int) powerOfFive(m5) << m2;
        int tens = s * 10;
        int q = b / s;
        b = 10 * (b % s);
        m *= 10;
        boolean low = b < m;
        boolean high = b + m > tens;
        if (q == 0 && !high) {
            decExp--;
        } else {
            digits[count++] = (char) ('0' + q);
        }
        if (scientific(decExp)) {
            high = false;
            low = false;
        }
        while (!low && !high) {
            q = b / s;
            b = 10 * (b % s);
            m *= 10;
            if (m > 0) {
                low = b < m;
                high = b + m > tens;
            } else {
                // m overflowed: it is certainly larger than b.
                low = true;
                high = true;
            }
            digits[count++] = (char) ('0' + q);
        }
        finish(decExp, high, low, (b << 1) - tens);
    }

    private void longDigits(long fraction, int b5, int b2, int s5, int s2, int m5, int m2, int decExp) {
        long b = (fraction * powerOfFive(b5)) << b2;
        long s = powerOfFive(s5) << s2;
        long m = powerOfFive(m5) << m2;
        long tens = s * 10L;
        int q = (int) (b / s);
        b = 10L * (b % s);
        m *= 10L;
        boolean low = b < m;
        boolean high = b + m > tens;
        if (q == 0 && !high) {
            decExp--;
        } else {
            digits[count++] = (char) ('0' + q);
        }
        if (scientific(decExp)) {
            high = false;
            low = false;
        }
        while (!low && !high) {
            q = (int) (b / s);
            b = 10 * (b % s);
            m *= 10;
            if (m > 0L) {
                low = b < m;
                high = b + m > tens;
            } else {
                low = true;
                high = true;
            }
            digits[count++] = (char) ('0' + q);
        }
        finish(decExp, high, low, (b << 1) - tens);
    }

    /** The same iteration in big numbers; here "high" also holds when B + M equals 10S. */
    private void bigDigits(long fraction, int b5, int b2, int s5, int s2, int m5, int m2, int decExp) {
        BigNatural s = BigNatural.pow52(s5, s2);
        BigNatural b = BigNatural.mulPow52(fraction, b5, b2);
        BigNatural m = BigNatural.pow52(m5 + 1, m2 + 1);
        BigNatural tenS = BigNatural.pow52(s5 + 1, s2 + 1);
        int q = b.reduceBy(s);
        b.multiplyAdd(10, 0);
        boolean low = BigNatural.compare(b, m) < 0;
        boolean high = BigNatural.compareSum(b, m, tenS) >= 0;
        if (q == 0 && !high) {
            decExp--;
        } else {
            digits[count++] = (char) ('0' + q);
        }
        if (scientific(decExp)) {
            high = false;
            low = false;
        }
        while (!low && !high) {
            q = b.reduceBy(s);
            b.multiplyAdd(10, 0);
            m.multiplyAdd(10, 0);
            low = BigNatural.compare(b, m) < 0;
            high = BigNatural.compareSum(b, m, tenS) >= 0;
            digits[count++] = (char) ('0' + q);
        }
        long lowDigitDifference = 0;
        if (high && low) {
            lowDigitDifference = BigNatural.compare(b.shiftLeft(1), tenS);
        }
        finish(decExp, high, low, lowDigitDifference);
    }

    /** Rounds the last digit by the stopping condition: up if past half, ties to an even digit. */
    private void finish(int decExp, boolean high, boolean low, long lowDigitDifference) {
        decExponent = decExp + 1;
        first = 0;
        if (high) {
            if (low) {
                if (lowDigitDifference == 0L) {
                    if ((digits[first + count - 1] & 1) != 0) {
                        roundUp();
                    }
                } else if (lowDigitDifference > 0) {
                    roundUp();
                }
            } else {
                roundUp();
            }
        }
    }

    /** Adds one to the last digit; a carry out of 9...9 gives 1 followed by zeros. */
    private void roundUp() {
        int i = first + count - 1;
        char q = digits[i];
        if (q == '9') {
            while (q == '9' && i > first) {
                digits[i] = '0';
                q = digits[--i];
            }
            if (q == '9') {
                decExponent += 1;
                digits[first] = '1';
                return;
            }
        }
        digits[i] = (char) (q + 1);
    }

    /** Plain notation for 10^-3 <= |value| < 10^7, else computerized scientific notation. */
    private String format(boolean negative) {
        StringBuilder text = new StringBuilder(26);
        if (negative) {
            text.append('-');
        }
        if (decExponent > 0 && decExponent < 8) {
            int integral = Math.min(count, decExponent);
            text.append(digits, first, integral);
            if (integral < decExponent) {
                for (int i = integral; i < decExponent; i++) {
                    text.append('0');
                }
                text.append(".0");
            } else {
                text.append('.');
                if (integral < count) {
                    text.append(digits, first + integral, count - integral);
                } else {
                    text.append('0');
                }
            }
        } else if (decExponent <= 0 && decExponent > -3) {
            text.append("0.");
            for (int i = decExponent; i < 0; i++) {
                text.append('0');
            }
            text.append(digits, first, count);
        } else {
            text.append(digits[first]).append('.');
            if (count > 1) {
                text.append(digits, first + 1, count - 1);
            } else {
                text.append('0');
            }
            text.append('E');
            int e;
            if (decExponent <= 0) {
                text.append('-');
                e = -decExponent + 1;
            } else {
                e = decExponent - 1;
            }
            text.append(e);
        }
        return text.toString();
    }
}
