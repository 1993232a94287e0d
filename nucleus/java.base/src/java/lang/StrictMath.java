package java.lang;

/**
 * java.lang.StrictMath: fdlibm's results (FdLibm), the hardware's correctly rounded square
 * root, and exact floor, ceil and rint.
 */
public final class StrictMath {

    public static final double E = 2.718281828459045;
    public static final double PI = 3.141592653589793;
    public static final double TAU = 2.0 * PI;

    private static final long SIGNIFICAND_MASK = 0x000fffffffffffffL;
    private static final double TWO_TO_THE_52 = 0x1.0p52;

    private StrictMath() {
    }

    public static double sin(double a) {
        return FdLibm.sin(a);
    }

    public static double cos(double a) {
        return FdLibm.cos(a);
    }

    public static double tan(double a) {
        return FdLibm.tan(a);
    }

    public static double asin(double a) {
        return FdLibm.asin(a);
    }

    public static double acos(double a) {
        return FdLibm.acos(a);
    }

    public static double atan(double a) {
        return FdLibm.atan(a);
    }

    public static double toRadians(double angdeg) {
        return Math.toRadians(angdeg);
    }

    public static double toDegrees(double angrad) {
        return Math.toDegrees(angrad);
    }

    public static double exp(double a) {
        return FdLibm.exp(a);
    }

    public static double log(double a) {
        return FdLibm.log(a);
    }

    public static double log10(double a) {
        return FdLibm.log10(a);
    }

    /** The SSE2 square root (boot code, ariadne.boot.MathPrimitives): correctly rounded. */
    public static native double sqrt(double a);

    public static double cbrt(double a) {
        return FdLibm.cbrt(a);
    }

    public static double IEEEremainder(double f1, double f2) {
        return FdLibm.remainder(f1, f2);
    }

    public static double ceil(double a) {
        return floorOrCeil(a, -0.0, 1.0, 1.0);
    }

    public static double floor(double a) {
        return floorOrCeil(a, -1.0, 0.0, -1.0);
    }

    /**
     * Clears the fraction bits (rounding towards zero), then steps by {@code sign} if that moved
     * the value the wrong way; |a| < 1 goes straight to a boundary.
     */
    private static double floorOrCeil(double a, double negativeBoundary, double positiveBoundary, double sign) {
        int exponent = Math.getExponent(a);
        if (exponent < 0) {
            return (a == 0.0) ? a : ((a < 0.0) ? negativeBoundary : positiveBoundary);
        }
        if (exponent >= 52) {
            return a;
        }
        long bits = Double.doubleToRawLongBits(a);
        long mask = SIGNIFICAND_MASK >> exponent;
        if ((mask & bits) == 0L) {
            return a;
        }
        double result = Double.longBitsToDouble(bits & ~mask);
        if (sign * a > 0.0) {
            result = result + sign;
        }
        return result;
    }

    /** The nearest integral value, ties to even: adding and removing 2^52 rounds exactly that way. */
    public static double rint(double a) {
        double sign = Math.copySign(1.0, a);
        a = Math.abs(a);
        if (a < TWO_TO_THE_52) {
            a = (TWO_TO_THE_52 + a) - TWO_TO_THE_52;
        }
        return sign * a;
    }

    public static double atan2(double y, double x) {
        return FdLibm.atan2(y, x);
    }

    public static double pow(double a, double b) {
        return FdLibm.pow(a, b);
    }

    public static int round(float a) {
        return Math.round(a);
    }

    public static long round(double a) {
        return Math.round(a);
    }

    public static int abs(int a) {
        return Math.abs(a);
    }

    public static long abs(long a) {
        return Math.abs(a);
    }

    public static float abs(float a) {
        return Math.abs(a);
    }

    public static double abs(double a) {
        return Math.abs(a);
    }

    public static int max(int a, int b) {
        return Math.max(a, b);
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static float max(float a, float b) {
        return Math.max(a, b);
    }

    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    public static int min(int a, int b) {
        return Math.min(a, b);
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }

    public static float min(float a, float b) {
        return Math.min(a, b);
    }

    public static double min(double a, double b) {
        return Math.min(a, b);
    }

    public static double ulp(double d) {
        return Math.ulp(d);
    }

    public static float ulp(float f) {
        return Math.ulp(f);
    }

    public static double signum(double d) {
        return Math.signum(d);
    }

    public static float signum(float f) {
        return Math.signum(f);
    }

    public static double sinh(double x) {
        return FdLibm.sinh(x);
    }

    public static double cosh(double x) {
        return FdLibm.cosh(x);
    }

    public static double tanh(double x) {
        return FdLibm.tanh(x);
    }

    public static double hypot(double x, double y) {
        return FdLibm.hypot(x, y);
    }

    public static double expm1(double x) {
        return FdLibm.expm1(x);
    }

    public static double log1p(double x) {
        return FdLibm.log1p(x);
    }

    public static double copySign(double magnitude, double sign) {
        return Math.copySign(magnitude, (Double.isNaN(sign) ? 1.0d : sign));
    }

    public static float copySign(float magnitude, float sign) {
        return Math.copySign(magnitude, (Float.isNaN(sign) ? 1.0f : sign));
    }

    public static int getExponent(double d) {
        return Math.getExponent(d);
    }

    public static int getExponent(float f) {
        return Math.getExponent(f);
    }

    public static double nextAfter(double start, double direction) {
        return Math.nextAfter(start, direction);
    }

    public static float nextAfter(float start, double direction) {
        return Math.nextAfter(start, direction);
    }

    public static double nextUp(double d) {
        return Math.nextUp(d);
    }

    public static float nextUp(float f) {
        return Math.nextUp(f);
    }

    public static double nextDown(double d) {
        return Math.nextDown(d);
    }

    public static float nextDown(float f) {
        return Math.nextDown(f);
    }

    public static double scalb(double d, int scaleFactor) {
        return Math.scalb(d, scaleFactor);
    }

    public static float scalb(float f, int scaleFactor) {
        return Math.scalb(f, scaleFactor);
    }
}
