package java.lang;

/**
 * java.lang.Math. Square roots are the hardware's (correctly rounded, as the JDK's); powers
 * with small integral exponents are correctly rounded; the other transcendental functions are
 * StrictMath's fdlibm algorithms, which HotSpot's intrinsics differ from in the last bit for a
 * few percent of arguments.
 */
public final class Math {

    public static final double E = 2.718281828459045;
    public static final double PI = 3.141592653589793;
    public static final double TAU = 2.0 * PI;

    private static final int NEGATIVE_ZERO_FLOAT_BITS = 0x80000000;
    private static final long NEGATIVE_ZERO_DOUBLE_BITS = 0x8000000000000000L;
    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;
    private static final long DOUBLE_EXPONENT_MASK = 0x7ff0000000000000L;
    private static final long DOUBLE_SIGNIFICAND_MASK = 0x000fffffffffffffL;
    private static final int DOUBLE_SIGNIFICAND_BITS = 52;
    private static final int FLOAT_EXPONENT_MASK = 0x7f800000;
    private static final int FLOAT_SIGNIFICAND_MASK = 0x007fffff;
    private static final int FLOAT_SIGNIFICAND_BITS = 23;

    private Math() {
    }

    public static double sin(double a) {
        return StrictMath.sin(a);
    }

    public static double cos(double a) {
        return StrictMath.cos(a);
    }

    public static double tan(double a) {
        return StrictMath.tan(a);
    }

    public static double asin(double a) {
        return StrictMath.asin(a);
    }

    public static double acos(double a) {
        return StrictMath.acos(a);
    }

    public static double atan(double a) {
        return StrictMath.atan(a);
    }

    public static double toRadians(double angdeg) {
        return angdeg * DEGREES_TO_RADIANS;
    }

    public static double toDegrees(double angrad) {
        return angrad * RADIANS_TO_DEGREES;
    }

    public static double exp(double a) {
        return StrictMath.exp(a);
    }

    public static double log(double a) {
        return StrictMath.log(a);
    }

    public static double log10(double a) {
        return StrictMath.log10(a);
    }

    public static double sqrt(double a) {
        return StrictMath.sqrt(a);
    }

    public static double cbrt(double a) {
        return StrictMath.cbrt(a);
    }

    public static double IEEEremainder(double f1, double f2) {
        return StrictMath.IEEEremainder(f1, f2);
    }

    public static double ceil(double a) {
        return StrictMath.ceil(a);
    }

    public static double floor(double a) {
        return StrictMath.floor(a);
    }

    public static double rint(double a) {
        return StrictMath.rint(a);
    }

    public static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    /**
     * Integral exponents up to 64 in magnitude give the correctly rounded power (as HotSpot's
     * intrinsic nearly always does); everything else is StrictMath.pow (fdlibm).
     */
    public static double pow(double a, double b) {
        if (b == (int) b && b != 0.0 && abs(b) <= ExactPower.MAX_EXPONENT && a != 0.0 && Double.isFinite(a)) {
            return ExactPower.of(a, (int) b);
        }
        return StrictMath.pow(a, b);
    }

    /** Uniform in [0, 1), from one generator shared by the whole system. */
    public static double random() {
        return RandomHolder.GENERATOR.nextDouble();
    }

    private static final class RandomHolder {
        static final java.util.Random GENERATOR = new java.util.Random();
    }

    /** The closest int, ties towards positive infinity; NaN gives 0, overflow saturates. */
    public static int round(float a) {
        if (a != a) {
            return 0;
        }
        float floor = (float) StrictMath.floor(a);
        if (abs(a) >= 0x1.0p23f) {
            return (int) a;
        }
        return (int) floor + (a - floor >= 0.5f ? 1 : 0);
    }

    /** The closest long, ties towards positive infinity; NaN gives 0, overflow saturates. */
    public static long round(double a) {
        if (a != a) {
            return 0;
        }
        if (abs(a) >= 0x1.0p52) {
            return (long) a;
        }
        double floor = StrictMath.floor(a);
        // a - floor is exact below 2^52.
        return (long) floor + (a - floor >= 0.5 ? 1 : 0);
    }

    public static double sinh(double x) {
        return StrictMath.sinh(x);
    }

    public static double cosh(double x) {
        return StrictMath.cosh(x);
    }

    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    public static double hypot(double x, double y) {
        return StrictMath.hypot(x, y);
    }

    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    public static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(sign) & NEGATIVE_ZERO_DOUBLE_BITS)
                | (Double.doubleToRawLongBits(magnitude) & ~NEGATIVE_ZERO_DOUBLE_BITS));
    }

    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(sign) & NEGATIVE_ZERO_FLOAT_BITS)
                | (Float.floatToRawIntBits(magnitude) & ~NEGATIVE_ZERO_FLOAT_BITS));
    }

    /** The unbiased binary exponent: MAX_EXPONENT + 1 for NaN and infinity, MIN_EXPONENT - 1 for 0 and subnormals. */
    public static int getExponent(double d) {
        return (int) (((Double.doubleToRawLongBits(d) & DOUBLE_EXPONENT_MASK) >> DOUBLE_SIGNIFICAND_BITS)
                - Double.MAX_EXPONENT);
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) & FLOAT_EXPONENT_MASK) >> FLOAT_SIGNIFICAND_BITS) - Float.MAX_EXPONENT;
    }

    /** The distance from d to the next larger double in magnitude. */
    public static double ulp(double d) {
        int exp = getExponent(d);
        if (exp == Double.MAX_EXPONENT + 1) {
            return abs(d);
        }
        if (exp == Double.MIN_EXPONENT - 1) {
            return Double.MIN_VALUE;
        }
        exp -= DOUBLE_SIGNIFICAND_BITS;
        if (exp >= Double.MIN_EXPONENT) {
            return Double.longBitsToDouble((long) (exp + Double.MAX_EXPONENT) << DOUBLE_SIGNIFICAND_BITS);
        }
        return Double.longBitsToDouble(1L << (exp - (Double.MIN_EXPONENT - DOUBLE_SIGNIFICAND_BITS)));
    }

    public static float ulp(float f) {
        int exp = getExponent(f);
        if (exp == Float.MAX_EXPONENT + 1) {
            return abs(f);
        }
        if (exp == Float.MIN_EXPONENT - 1) {
            return Float.MIN_VALUE;
        }
        exp -= FLOAT_SIGNIFICAND_BITS;
        if (exp >= Float.MIN_EXPONENT) {
            return Float.intBitsToFloat((exp + Float.MAX_EXPONENT) << FLOAT_SIGNIFICAND_BITS);
        }
        return Float.intBitsToFloat(1 << (exp - (Float.MIN_EXPONENT - FLOAT_SIGNIFICAND_BITS)));
    }

    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) {
            return d;
        }
        d += 0.0d;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ((d >= 0.0d) ? 1L : -1L));
    }

    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY) {
            return f;
        }
        f += 0.0f;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f >= 0.0f) ? 1 : -1));
    }

    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ((d > 0.0d) ? -1L : 1L));
    }

    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) {
            return f;
        }
        if (f == 0.0f) {
            return -Float.MIN_VALUE;
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f > 0.0f) ? -1 : 1));
    }

    /** The neighbour of start towards direction (direction itself if they are equal). */
    public static double nextAfter(double start, double direction) {
        if (start > direction) {
            return nextDown(start);
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction) {
            return direction;
        }
        return start + direction;
    }

    public static float nextAfter(float start, double direction) {
        if (start > direction) {
            return nextDown(start);
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction) {
            return (float) direction;
        }
        return start + (float) direction;
    }

    /** d * 2^scaleFactor, rounded once (to nearest, ties to even) if the result is subnormal. */
    public static double scalb(double d, int scaleFactor) {
        if (d == 0.0 || !Double.isFinite(d)) {
            return d;
        }
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) ((bits & DOUBLE_EXPONENT_MASK) >>> DOUBLE_SIGNIFICAND_BITS);
        long mantissa = bits & DOUBLE_SIGNIFICAND_MASK;
        if (biased == 0) {
            biased = 1;
        } else {
            mantissa |= 1L << DOUBLE_SIGNIFICAND_BITS;
        }
        // |d| = mantissa * 2^e, then normalized so that bit 52 is the leading one.
        int e = biased - 1075 + max(min(scaleFactor, 2200), -2200);
        while (mantissa < 1L << DOUBLE_SIGNIFICAND_BITS) {
            mantissa <<= 1;
            e--;
        }
        long sign = bits & NEGATIVE_ZERO_DOUBLE_BITS;
        if (e > 971) {
            return Double.longBitsToDouble(sign | DOUBLE_EXPONENT_MASK);
        }
        if (e >= -1074) {
            return Double.longBitsToDouble(sign | ((long) (e + 1075) << DOUBLE_SIGNIFICAND_BITS)
                    | (mantissa & DOUBLE_SIGNIFICAND_MASK));
        }
        return Double.longBitsToDouble(sign | roundRight(mantissa, -1074 - e));
    }

    public static float scalb(float f, int scaleFactor) {
        if (f == 0.0f || !Float.isFinite(f)) {
            return f;
        }
        int bits = Float.floatToRawIntBits(f);
        int biased = (bits & FLOAT_EXPONENT_MASK) >>> FLOAT_SIGNIFICAND_BITS;
        long mantissa = bits & FLOAT_SIGNIFICAND_MASK;
        if (biased == 0) {
            biased = 1;
        } else {
            mantissa |= 1L << FLOAT_SIGNIFICAND_BITS;
        }
        int e = biased - 150 + max(min(scaleFactor, 400), -400);
        while (mantissa < 1L << FLOAT_SIGNIFICAND_BITS) {
            mantissa <<= 1;
            e--;
        }
        int sign = bits & NEGATIVE_ZERO_FLOAT_BITS;
        if (e > 104) {
            return Float.intBitsToFloat(sign | FLOAT_EXPONENT_MASK);
        }
        if (e >= -149) {
            return Float.intBitsToFloat(sign | ((e + 150) << FLOAT_SIGNIFICAND_BITS)
                    | (int) (mantissa & FLOAT_SIGNIFICAND_MASK));
        }
        return Float.intBitsToFloat(sign | (int) roundRight(mantissa, -149 - e));
    }

    /** value >> shift rounded to nearest, ties to even (shift >= 1). */
    private static long roundRight(long value, int shift) {
        if (shift >= 64) {
            return 0;
        }
        long kept = value >>> shift;
        long rest = value & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        if (rest > half || (rest == half && (kept & 1) != 0)) {
            kept++;
        }
        return kept;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static int abs(int a) {
        return (a < 0) ? -a : a;
    }

    public static long abs(long a) {
        return (a < 0) ? -a : a;
    }

    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & 0x7fffffff);
    }

    public static double abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & 0x7fffffffffffffffL);
    }

    public static int max(int a, int b) {
        return (a >= b) ? a : b;
    }

    public static long max(long a, long b) {
        return (a >= b) ? a : b;
    }

    public static int min(int a, int b) {
        return (a <= b) ? a : b;
    }

    public static long min(long a, long b) {
        return (a <= b) ? a : b;
    }

    /** NaN if either is NaN; 0.0 is larger than -0.0. */
    public static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(a) == NEGATIVE_ZERO_FLOAT_BITS) {
            return b;
        }
        return (a >= b) ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && Double.doubleToRawLongBits(a) == NEGATIVE_ZERO_DOUBLE_BITS) {
            return b;
        }
        return (a >= b) ? a : b;
    }

    /** NaN if either is NaN; -0.0 is smaller than 0.0. */
    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(b) == NEGATIVE_ZERO_FLOAT_BITS) {
            return b;
        }
        return (a <= b) ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && Double.doubleToRawLongBits(b) == NEGATIVE_ZERO_DOUBLE_BITS) {
            return b;
        }
        return (a <= b) ? a : b;
    }

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        long ax = abs(x);
        long ay = abs(y);
        if (((ax | ay) >>> 31 != 0)
                && (((y != 0) && (r / y != x)) || (x == Long.MIN_VALUE && y == -1))) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1L;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) {
            q--;
        }
        return q;
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) {
            q--;
        }
        return q;
    }

    public static int floorMod(int x, int y) {
        int mod = x % y;
        if ((mod ^ y) < 0 && mod != 0) {
            mod += y;
        }
        return mod;
    }

    public static long floorMod(long x, long y) {
        long mod = x % y;
        if ((mod ^ y) < 0 && mod != 0) {
            mod += y;
        }
        return mod;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException(
                    "Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException(
                    "Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }
}
