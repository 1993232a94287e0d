package java.lang;

/**
 * a^n for a small integer n, correctly rounded: the exact power in big-number arithmetic,
 * then one rounding. HotSpot's Math.pow intrinsic almost always returns this value; fdlibm
 * (StrictMath.pow) is often one ulp away for such powers (5^-24, 3^-6, ...).
 */
final class ExactPower {

    /** Exponents up to this magnitude take the exact path. */
    static final int MAX_EXPONENT = 64;

    private ExactPower() {
    }

    /** For finite, non-zero a and 0 < |n| <= MAX_EXPONENT. */
    static double of(double a, int n) {
        long bits = Double.doubleToRawLongBits(a);
        boolean negative = bits < 0 && (n & 1) != 0;
        int biased = (int) (bits >>> 52) & 0x7ff;
        long mantissa = bits & 0xfffffffffffffL;
        if (biased == 0) {
            biased = 1;
        } else {
            mantissa |= 1L << 52;
        }
        // |a| = mantissa * 2^e, with trailing zero bits moved into e.
        int zeros = Long.numberOfTrailingZeros(mantissa);
        mantissa >>>= zeros;
        long e = biased - 1075 + zeros;
        int k = Math.abs(n);
        BigNatural power = BigNatural.of(1);
        BigNatural square = BigNatural.of(mantissa);
        while (k > 0) {
            if ((k & 1) != 0) {
                power = BigNatural.product(power, square);
            }
            k >>>= 1;
            if (k > 0) {
                square = BigNatural.product(square, square);
            }
        }
        long magnitude = n > 0
                ? ExactRounding.round(ExactRounding.DOUBLE_PRECISION, power, e * n)
                : ExactRounding.roundQuotient(ExactRounding.DOUBLE_PRECISION, BigNatural.of(1), power, e * n);
        return Double.longBitsToDouble(negative ? magnitude | Long.MIN_VALUE : magnitude);
    }
}
