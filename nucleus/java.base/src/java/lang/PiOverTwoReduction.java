package java.lang;

/**
 * Reduction of a large argument (|x| > 2^19 * pi/2) modulo pi/2 for the trigonometric
 * functions: x * 2/pi is formed exactly from a window of the binary digits of 2/pi; its integer
 * part gives the quadrant and its fraction times pi/2 the reduced argument, as a double-double
 * y[0] + y[1] with |y| <= pi/4.
 */
final class PiOverTwoReduction {

    /** The binary digits of 2/pi, 24 to an element (element i has weight 2^(-24 (i + 1))). */
    private static final int[] TWO_OVER_PI = {
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62,
        0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A,
        0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
        0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
        0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
        0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
        0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
        0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
        0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
        0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
        0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
    };
    /** Elements of 2/pi used after those that only add multiples of 8 (288 bits). */
    private static final int WINDOW = 12;
    private static final double PIO2_HI = 0x1.921fb54442d18p0;
    private static final double PIO2_LO = 0x1.1a62633145c07p-54;
    /** 2^27 + 1, for splitting a double into two 26-bit halves (Dekker). */
    private static final double SPLITTER = 0x1.0p27 + 1.0;

    private PiOverTwoReduction() {
    }

    /** For |x| > 2^19 * pi/2, finite or not: sets y and returns the quadrant (0 to 7). */
    static int reduce(double x, double[] y) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7ff;
        if (biased == 0x7ff) {
            y[0] = x - x;
            y[1] = y[0];
            return 0;
        }
        long mantissa = (bits & 0xfffffffffffffL) | (1L << 52);
        // |x| = mantissa * 2^e, with e >= -32 here.
        int e = biased - 1075;
        // Elements before `first` contribute only multiples of 8 to x * 2/pi.
        int first = Math.max(0, (e - 3) / 24 - 1);
        BigNatural window = BigNatural.of(0);
        for (int i = first; i < first + WINDOW; i++) {
            window.shiftLeft(24).multiplyAdd(1, TWO_OVER_PI[i]);
        }
        BigNatural product = BigNatural.product(BigNatural.of(mantissa), window);
        // |x| * 2/pi = product * 2^-fractionBits (mod 8).
        int fractionBits = 24 * (first + WINDOW) - e;
        int n = (int) (product.bitsFrom(fractionBits) & 7);
        boolean aboveHalf = (product.bitsFrom(fractionBits - 1) & 1) != 0;
        BigNatural fraction = product.keepLowBits(fractionBits);
        if (aboveHalf) {
            // Use fraction - 1 (negative) and the next quadrant.
            BigNatural one = BigNatural.pow52(0, fractionBits);
            one.subtract(fraction);
            fraction = one;
            n = (n + 1) & 7;
        }
        double[] f = toDoubleDouble(fraction, fractionBits);
        timesPiOverTwo(aboveHalf ? -f[0] : f[0], aboveHalf ? -f[1] : f[1], y);
        return n;
    }

    /** fraction * 2^-fractionBits as hi + lo (about 116 significant bits). */
    private static double[] toDoubleDouble(BigNatural fraction, int fractionBits) {
        int length = fraction.bitLength();
        if (length == 0) {
            return new double[] {0.0, 0.0};
        }
        // Two 64-bit windows from the leading bit down (bits below zero read as zeros).
        int shift = 0;
        if (length < 128) {
            shift = 128 - length;
            fraction.shiftLeft(shift);
            length = 128;
        }
        long top = fraction.bitsFrom(length - 64);
        long next = fraction.bitsFrom(length - 128);
        int scale = length - fractionBits - shift;
        double hi = Math.scalb((double) (top >>> 11), scale - 53);
        double lo = Math.scalb((double) (((top & 0x7ff) << 52) | (next >>> 12)), scale - 116);
        return new double[] {hi, lo};
    }

    /** y = (a + b) * pi/2 in double-double arithmetic (Dekker's exact product of a and PIO2_HI). */
    private static void timesPiOverTwo(double a, double b, double[] y) {
        double p = a * PIO2_HI;
        double aSplit = SPLITTER * a;
        double aHigh = aSplit - (aSplit - a);
        double aLow = a - aHigh;
        double pSplit = SPLITTER * PIO2_HI;
        double pHigh = pSplit - (pSplit - PIO2_HI);
        double pLow = PIO2_HI - pHigh;
        double error = ((aHigh * pHigh - p) + aHigh * pLow + aLow * pHigh) + aLow * pLow;
        double tail = error + (a * PIO2_LO + b * PIO2_HI);
        y[0] = p + tail;
        y[1] = tail - (y[0] - p);
    }
}
