package conformance.float_double;

/** IEEE float and double: NaN comparisons, signed zero, infinities, saturating conversions to int/long, drem/frem, conversions between types. */
public class Main {
    static String compare(double a, double b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "")
                + (a == b ? "==" : "") + (a != b ? "!=" : "") + (!(a < b) ? "!<" : "") + (!(a > b) ? "!>" : "");
    }

    static String compareF(float a, float b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "")
                + (a == b ? "==" : "") + (a != b ? "!=" : "") + (!(a < b) ? "!<" : "") + (!(a > b) ? "!>" : "");
    }

    public static void main(String[] args) {
        double nan = Double.NaN;
        double[] specials = {nan, 0.0, -0.0, 1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double a : specials) {
            StringBuilder sb = new StringBuilder(a + ":");
            for (double b : specials) {
                sb.append(' ').append(compare(a, b));
            }
            System.out.println(sb);
        }
        float fnan = Float.NaN;
        System.out.println("float NaN " + compareF(fnan, 1f) + " " + compareF(1f, fnan) + " " + compareF(-0f, 0f) + " " + (fnan != fnan));
        System.out.println("NaN self " + (nan == nan) + " " + Double.isNaN(nan) + " " + Double.isNaN(0.0 / 0.0) + " " + Float.isNaN(0f / 0f));
        System.out.println("signed zero " + (0.0 == -0.0) + " " + (1 / 0.0) + " " + (1 / -0.0) + " " + Double.compare(0.0, -0.0)
                + " " + Double.valueOf(0.0).equals(-0.0) + " " + (-0.0 + 0.0) + " " + (-0.0 - 0.0) + " " + (0.0 * -1) + " " + Math.min(0.0, -0.0));
        System.out.println("infinity " + (Double.MAX_VALUE * 2) + " " + (-Double.MAX_VALUE * 2) + " " + (Double.POSITIVE_INFINITY - Double.POSITIVE_INFINITY)
                + " " + (Double.POSITIVE_INFINITY * 0) + " " + (1 / Double.POSITIVE_INFINITY) + " " + Double.isInfinite(1e308 * 10) + " " + Double.isFinite(1e308));

        double[] toConvert = {nan, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e10, -1e10, 1e20, -1e20, 2147483647.5, -2147483648.9,
            2.5, -2.5, 0.9999999, -0.9999999, 9.223372036854775807E18, -9.3e18, 4.5e15};
        for (double d : toConvert) {
            System.out.println("d " + d + " -> int " + (int) d + " long " + (long) d + " float " + (float) d + " short " + (short) d + " byte " + (byte) d + " char " + (int) (char) d);
        }
        float[] floatsToConvert = {fnan, Float.POSITIVE_INFINITY, -3e9f, 3e9f, 1e19f, -1e19f, 16777217f, 0.5f, -7.75f};
        for (float f : floatsToConvert) {
            System.out.println("f " + f + " -> int " + (int) f + " long " + (long) f + " double " + (double) f);
        }
        long[] longs = {Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, (1L << 24) + 1, -123456789012345L};
        for (long l : longs) {
            System.out.println("l " + l + " -> double " + (double) l + " float " + (float) l);
        }
        int[] ints = {Integer.MAX_VALUE, Integer.MIN_VALUE, 16777217, -16777217, 123456789};
        for (int i : ints) {
            System.out.println("i " + i + " -> double " + (double) i + " float " + (float) i);
        }

        double[][] remainders = {{5.5, 2}, {-5.5, 2}, {5.5, -2}, {-5.5, -2}, {1, 0}, {nan, 1}, {1, nan}, {Double.POSITIVE_INFINITY, 2},
            {2, Double.POSITIVE_INFINITY}, {0.3, 0.1}, {1e300, 3}, {-0.0, 5}, {7, 7}};
        for (double[] pair : remainders) {
            System.out.println(pair[0] + " % " + pair[1] + " = " + (pair[0] % pair[1]) + " float " + ((float) pair[0] % (float) pair[1]));
        }

        System.out.println("arith " + (0.1 + 0.2) + " " + (0.1f + 0.2f) + " " + (1.0 / 3) + " " + (1.0f / 3) + " " + (2.0 / 3 * 3) + " " + (100.0 * 1.1));
        System.out.println("float precision " + (16777216f + 1f) + " " + (1e8f + 1) + " " + (float) 0.1 + " " + (double) 0.1f);
        System.out.println("denormals " + Double.MIN_VALUE + " " + (Double.MIN_VALUE / 2) + " " + Double.MIN_NORMAL + " " + Float.MIN_VALUE + " " + (Float.MIN_VALUE / 2) + " " + Float.MIN_NORMAL);
        System.out.println("limits " + Double.MAX_VALUE + " " + Float.MAX_VALUE + " " + (Float.MAX_VALUE * 2f) + " " + (double) Float.MAX_VALUE);
        System.out.println("bits " + Double.doubleToLongBits(1.0) + " " + Double.doubleToLongBits(-0.0) + " " + Double.doubleToLongBits(nan)
                + " " + Float.floatToIntBits(1.0f) + " " + Float.floatToIntBits(-2.5f) + " " + Long.toHexString(Double.doubleToRawLongBits(Math.PI)));
        System.out.println("from bits " + Double.longBitsToDouble(0x3ff8000000000000L) + " " + Float.intBitsToFloat(0x40490fdb) + " " + Double.longBitsToDouble(0x7ff0000000000000L)
                + " " + Double.longBitsToDouble(1L));
        double sum = 0;
        for (int i = 1; i <= 1000; i++) {
            sum += 1.0 / i;
        }
        float fsum = 0;
        for (int i = 1; i <= 1000; i++) {
            fsum += 1.0f / i;
        }
        System.out.println("harmonic " + sum + " " + fsum);
        double compound = 10;
        compound /= 4;
        compound *= -3;
        compound -= 0.125;
        compound %= 2;
        System.out.println("compound " + compound);
        int truncated = (int) -7.9;
        long rounded = Math.round(-7.5);
        System.out.println("truncation " + truncated + " " + rounded + " " + (int) 7.9f + " " + (-7 / 2.0));
        float f1 = 0.1f;
        double widened = f1;
        System.out.println("widened " + widened + " " + (widened == 0.1) + " " + (f1 == 0.1f));
    }
}
