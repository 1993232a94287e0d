package hostcheck.lang;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Compares the dialect's floating point (copied into this package, where Math and StrictMath
 * shadow the JDK's) with the JDK's, bit for bit: Double/Float.toString, parseDouble/parseFloat
 * (with messages), and the Math/StrictMath functions. Trigonometry of arguments beyond
 * 2^19 * pi/2 is reduced differently from fdlibm and may differ in the last bit: those
 * differences are counted and shown, not failed. Exits 1 on any other difference.
 */
public final class FloatingCheck {

    private static final double LARGE_TRIG_ARGUMENT = 0x1.0p19 * (java.lang.Math.PI / 2);

    private static int checks;
    private static int failures;
    private static int largeTrigDifferences;
    private static int hotSpotPowDifferences;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100000;
        Random random = new Random(17);
        toText(random, rounds);
        parse(random, rounds / 10);
        functions(random, rounds);
        powers(random, rounds / 20);
        System.out.println(checks + " floating-point checks, " + failures + " differences; "
                + largeTrigDifferences + " last-bit differences of trigonometry beyond 2^19 pi/2; "
                + hotSpotPowDifferences + " integral powers where HotSpot's Math.pow is not correctly rounded");
        System.exit(failures == 0 ? 0 : 1);
    }

    private static void toText(Random random, int rounds) {
        double[] special = {1.0E-5, 100.0, 1.0E7, 0.1 + 0.2, Double.MIN_VALUE, Double.NaN, -0.0, 0.0, 1e23,
            2e23, 8.41e21, 2.82879384806159E17, Double.MAX_VALUE, Double.MIN_NORMAL, 0.001, 9.999999999999999E-4,
            1e7 - 1, 12345678.9, (double) (1L << 62), (double) (1L << 53) + 2, 1 / 3.0, 100.5};
        for (double d : special) {
            text(d);
            text((float) d);
        }
        for (int i = -1100; i < 1100; i++) {
            text(java.lang.Math.pow(2, i));
            text(java.lang.Math.pow(10, i));
            text((float) java.lang.Math.pow(10, i));
        }
        for (int i = 0; i < rounds; i++) {
            long bits = random.nextLong();
            text(Double.longBitsToDouble(bits));
            text(Float.intBitsToFloat((int) bits));
            double decimal = random.nextInt(2000000) / java.lang.Math.pow(10, random.nextInt(12));
            text(decimal);
            text((float) decimal);
        }
    }

    private static void text(double d) {
        same("Double.toString(" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")",
                FloatingText.toString(d), Double.toString(d));
    }

    private static void text(float f) {
        same("Float.toString(" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")",
                FloatingText.toString(f), Float.toString(f));
    }

    private static void parse(Random random, int rounds) {
        String[] fixed = {"", " ", "1", "-1", "+1", "1.", ".5", ".", "-.", "1e", "1e+", "1e5", "1E-5", "1.5e+3f",
            "1d", "1ff", " 12 ", "NaN", "-NaN", "+Infinity", "-Infinity", "Infinityx", "0x1p3", "0x1.8p1",
            "0X.8P-2d", "0x1", "0x", "1..2", "--1", "e5", "-0", "00.0050", "1e400", "1e-400", "4.9e-324",
            "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623158e308", "3.4028236e38",
            "7e-46", "7.1e-46", "123456789012345678901234567890", "9007199254740993", "\t3.5\n",
            "1e99999999999999999999", "0.000000000000000000000000000000001e33"};
        for (String s : fixed) {
            parse(s);
        }
        for (int i = 0; i < rounds; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            float f = Float.intBitsToFloat(random.nextInt());
            if (Double.isFinite(d)) {
                parse(Double.toString(d));
                double up = java.lang.Math.nextUp(d);
                if (Double.isFinite(up)) {
                    parse(new BigDecimal(d).add(new BigDecimal(up)).divide(BigDecimal.valueOf(2)).toString());
                }
            }
            if (Float.isFinite(f)) {
                float up = java.lang.Math.nextUp(f);
                if (Float.isFinite(up)) {
                    parse(new BigDecimal(f).add(new BigDecimal(up)).divide(BigDecimal.valueOf(2)).toString());
                }
            }
            StringBuilder digits = new StringBuilder();
            int length = 1 + random.nextInt(25);
            for (int k = 0; k < length; k++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                digits.insert(random.nextInt(length), '.');
            }
            if (random.nextBoolean()) {
                digits.append('e').append(random.nextInt(700) - 350);
            }
            parse(digits.toString());
        }
    }

    private static void parse(String s) {
        same("parseDouble(" + s + ")", outcome(() -> Double.doubleToRawLongBits(FloatingParser.parseDouble(s))),
                outcome(() -> Double.doubleToRawLongBits(Double.parseDouble(s))));
        same("parseFloat(" + s + ")", outcome(() -> Float.floatToRawIntBits(FloatingParser.parseFloat(s))),
                outcome(() -> Float.floatToRawIntBits(Float.parseFloat(s))));
    }

    private interface Computation {
        Object run();
    }

    private static String outcome(Computation c) {
        try {
            return "= " + c.run();
        } catch (RuntimeException e) {
            return "! " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static void functions(Random random, int rounds) {
        double[] xs = new double[rounds + 40];
        double[] special = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, java.lang.Math.PI,
            java.lang.Math.PI / 2, 1e22, 1e300, 709.78, 710, -745.2, 1e-300, 27, -8, 0.1, 1.5, 2.5, -2.5,
            0.49999999999999994, 4503599627370497.0, 1e-320};
        System.arraycopy(special, 0, xs, 0, special.length);
        for (int i = special.length; i < xs.length; i++) {
            switch (i % 5) {
                case 0:
                    xs[i] = Double.longBitsToDouble(random.nextLong());
                    break;
                case 1:
                    xs[i] = (random.nextDouble() - 0.5) * 20;
                    break;
                case 2:
                    xs[i] = (random.nextDouble() - 0.5) * java.lang.Math.pow(10, random.nextInt(40) - 20);
                    break;
                case 3:
                    xs[i] = random.nextInt(2000) - 1000 + (random.nextBoolean() ? 0.5 : 0);
                    break;
                default:
                    xs[i] = (random.nextDouble() - 0.5) * 4e6 * random.nextInt(1000);
                    break;
            }
        }
        for (int i = 0; i < xs.length; i++) {
            double x = xs[i];
            double y = xs[(i * 7 + 3) % xs.length];
            trig("sin", x, java.lang.StrictMath::sin, StrictMath::sin);
            trig("cos", x, java.lang.StrictMath::cos, StrictMath::cos);
            trig("tan", x, java.lang.StrictMath::tan, StrictMath::tan);
            one("asin", x, java.lang.StrictMath::asin, StrictMath::asin);
            one("acos", x, java.lang.StrictMath::acos, StrictMath::acos);
            one("atan", x, java.lang.StrictMath::atan, StrictMath::atan);
            one("exp", x, java.lang.StrictMath::exp, StrictMath::exp);
            one("log", x, java.lang.StrictMath::log, StrictMath::log);
            one("log10", x, java.lang.StrictMath::log10, StrictMath::log10);
            one("expm1", x, java.lang.StrictMath::expm1, StrictMath::expm1);
            one("log1p", x, java.lang.StrictMath::log1p, StrictMath::log1p);
            one("sinh", x, java.lang.StrictMath::sinh, StrictMath::sinh);
            one("cosh", x, java.lang.StrictMath::cosh, StrictMath::cosh);
            one("tanh", x, java.lang.StrictMath::tanh, StrictMath::tanh);
            one("cbrt", x, java.lang.StrictMath::cbrt, StrictMath::cbrt);
            one("floor", x, java.lang.StrictMath::floor, StrictMath::floor);
            one("ceil", x, java.lang.StrictMath::ceil, StrictMath::ceil);
            one("rint", x, java.lang.StrictMath::rint, StrictMath::rint);
            one("ulp", x, java.lang.Math::ulp, Math::ulp);
            one("nextUp", x, java.lang.Math::nextUp, Math::nextUp);
            one("nextDown", x, java.lang.Math::nextDown, Math::nextDown);
            one("signum", x, java.lang.Math::signum, Math::signum);
            one("round", x, v -> java.lang.Math.round(v), v -> Math.round(v));
            one("round(float)", x, v -> java.lang.Math.round((float) v), v -> Math.round((float) v));
            int scale = (int) (y % 2100);
            one("scalb", x, v -> java.lang.Math.scalb(v, scale), v -> Math.scalb(v, scale));
            one("scalb(float)", x, v -> java.lang.Math.scalb((float) v, scale % 300), v -> Math.scalb((float) v, scale % 300));
            two("atan2", x, y, java.lang.StrictMath::atan2, StrictMath::atan2);
            two("hypot", x, y, java.lang.StrictMath::hypot, StrictMath::hypot);
            two("pow", x, y, java.lang.StrictMath::pow, StrictMath::pow);
            two("pow(integral)", x, java.lang.Math.rint(y % 40), java.lang.StrictMath::pow, StrictMath::pow);
            two("pow(small)", java.lang.Math.abs(x) % 3, y % 5, java.lang.StrictMath::pow, StrictMath::pow);
            two("IEEEremainder", x, y, java.lang.StrictMath::IEEEremainder, StrictMath::IEEEremainder);
            two("IEEEremainder(small)", x, java.lang.Math.rint(y % 7), java.lang.StrictMath::IEEEremainder, StrictMath::IEEEremainder);
        }
    }

    /** Math.pow with small integral exponents must be the correctly rounded power. */
    private static void powers(Random random, int rounds) {
        for (int i = 0; i < rounds; i++) {
            double x = i < 400 ? (i % 19) + 2 : (random.nextDouble() - 0.5) * java.lang.Math.pow(10, random.nextInt(20) - 10);
            int n = random.nextInt(2 * 64 + 1) - 64;
            if (x == 0 || n == 0) {
                continue;
            }
            BigDecimal exact = new BigDecimal(x);
            double expected = n > 0 ? exact.pow(n).doubleValue()
                    : BigDecimal.ONE.divide(exact.pow(-n), new MathContext(1000)).doubleValue();
            checks++;
            if (!sameBits(expected, Math.pow(x, n))) {
                fail("Math.pow(" + x + ", " + n + ")", Math.pow(x, n), expected);
            }
            if (!sameBits(expected, java.lang.Math.pow(x, n))) {
                hotSpotPowDifferences++;
            }
        }
    }

    private static void trig(String name, double x, DoubleUnaryOperator jdk, DoubleUnaryOperator mine) {
        if (java.lang.Math.abs(x) > LARGE_TRIG_ARGUMENT && Double.isFinite(x)) {
            if (!sameBits(jdk.applyAsDouble(x), mine.applyAsDouble(x))) {
                largeTrigDifferences++;
            }
            return;
        }
        one(name, x, jdk, mine);
    }

    private static void one(String name, double x, DoubleUnaryOperator jdk, DoubleUnaryOperator mine) {
        double expected = jdk.applyAsDouble(x);
        double actual = mine.applyAsDouble(x);
        checks++;
        if (!sameBits(expected, actual)) {
            fail(name + "(" + x + ")", actual, expected);
        }
    }

    private static void two(String name, double x, double y, DoubleBinaryOperator jdk, DoubleBinaryOperator mine) {
        double expected = jdk.applyAsDouble(x, y);
        double actual = mine.applyAsDouble(x, y);
        checks++;
        if (!sameBits(expected, actual)) {
            fail(name + "(" + x + ", " + y + ")", actual, expected);
        }
    }

    /** Equal bits, or both NaN (NaN payloads are not compared). */
    private static boolean sameBits(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b) || (a != a && b != b);
    }

    private static void same(String what, String mine, String jdk) {
        checks++;
        if (!mine.equals(jdk)) {
            fail(what, mine, jdk);
        }
    }

    private static void fail(String what, Object mine, Object jdk) {
        failures++;
        if (failures <= 50) {
            System.out.println("DIFF " + what + "\n  dialect: " + mine + "\n  jdk:     " + jdk);
        }
    }
}
