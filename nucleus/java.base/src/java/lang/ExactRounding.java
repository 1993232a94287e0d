package java.lang;

/**
 * Rounding of exact binary values to double or float (to nearest, ties to even, with gradual
 * underflow and overflow to infinity): what parsing and exact powers end with. Results are
 * the magnitude's bits; the caller adds the sign.
 */
final class ExactRounding {

    static final int DOUBLE_PRECISION = 53;
    static final int FLOAT_PRECISION = 24;
    /** Bits kept from an exact value before the final rounding (below 2^63). */
    private static final int WORKING_BITS = 62;

    private ExactRounding() {
    }

    static long infinityBits(int precision) {
        return precision == DOUBLE_PRECISION ? 0x7ff0000000000000L : 0x7f800000L;
    }

    /** The rounded value of n * 2^e2 (n > 0). */
    static long round(int precision, BigNatural n, long e2) {
        int length = n.bitLength();
        if (e2 + length > 2000) {
            return infinityBits(precision);
        }
        if (e2 + length < -2000) {
            return 0;
        }
        int drop = Math.max(0, length - WORKING_BITS);
        return round(precision, n.bitsFrom(drop), n.anyLowBits(drop), (int) e2 + drop);
    }

    /** The rounded value of numerator / denominator * 2^e2 (both positive). */
    static long roundQuotient(int precision, BigNatural numerator, BigNatural denominator, long e2) {
        int shift = WORKING_BITS - 1 - (numerator.bitLength() - denominator.bitLength());
        if (shift >= 0) {
            numerator.shiftLeft(shift);
        } else {
            denominator.shiftLeft(-shift);
        }
        long magnitude = e2 - shift;
        if (magnitude > 2000) {
            return infinityBits(precision);
        }
        if (magnitude < -2000) {
            return 0;
        }
        long quotient = numerator.divideLong(denominator);
        return round(precision, quotient, !numerator.isZero(), (int) magnitude);
    }

    /**
     * Rounds (q + f) * 2^e2, with q below 2^63 and 0 <= f < 1 (f > 0 iff sticky), to the
     * nearest value of the precision.
     */
    static long round(int precision, long q, boolean sticky, int e2) {
        int minLowExponent = precision == DOUBLE_PRECISION ? -1074 : -149;
        int length = 64 - Long.numberOfLeadingZeros(q);
        int drop = Math.max(length - precision, minLowExponent - e2);
        long mantissa;
        if (drop <= 0) {
            mantissa = q << -drop;
        } else if (drop >= 64) {
            mantissa = 0;
        } else {
            long rest = q & ((1L << drop) - 1);
            long half = 1L << (drop - 1);
            mantissa = q >>> drop;
            if (rest > half || (rest == half && (sticky || (mantissa & 1) != 0))) {
                mantissa++;
            }
        }
        int lowExponent = e2 + drop;
        if (mantissa == 1L << precision) {
            mantissa >>>= 1;
            lowExponent++;
        }
        if (mantissa < 1L << (precision - 1)) {
            return mantissa;
        }
        int bias = precision == DOUBLE_PRECISION ? 1023 : 127;
        int maxBiased = precision == DOUBLE_PRECISION ? 2046 : 254;
        long biased = lowExponent + (precision - 1) + bias;
        if (biased > maxBiased) {
            return infinityBits(precision);
        }
        return (biased << (precision - 1)) | (mantissa & ((1L << (precision - 1)) - 1));
    }
}
