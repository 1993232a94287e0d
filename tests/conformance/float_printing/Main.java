package conformance.float_printing;

/** Float and double printing and comparison: subnormals, NaN, signed zeros, infinities, boundaries of the notations. */
public class Main {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1e7, 9999999.0, 1e7 - 0.5, 1.0E-3, 0.001 - 1e-19,
                9.999999999999999E-4, 1e21, 1e22, 1e23, 123456789012345678.0, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
                Double.MIN_NORMAL / 3, 4.9E-324 * 3, 2.2250738585072014E-308, Math.PI, Math.E, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 5e-324, 1.7976931348623157E308, 0.5, 0.25, 1.0 / 1024,
                2e-7, 123.456, -987654.321, 4.35, 0.3, 2.675, 1.005, 100.0 / 7, Math.sqrt(2), Math.ulp(1.0), 1 + Math.ulp(1.0)};
        for (double d : ds) {
            System.out.println(d + " " + (float) d + " " + Double.doubleToLongBits(d) + " " + Double.hashCode(d) + " " + Math.signum(d));
        }
        float[] fs = {0f, -0f, 0.1f, 1f / 3, 1e7f, 9999999f, 1e-3f, 3.4028235e38f, 1.4e-45f, 1.17549435E-38f, 1e-40f, Float.NaN,
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 16777216f, 16777217f, 0.3f, 1.1f, 100f / 3, 33554431f, 8.5e-44f};
        for (float f : fs) {
            System.out.println(f + " " + (double) f + " " + Float.floatToIntBits(f) + " " + Float.hashCode(f));
        }
        double nan = Double.NaN;
        double nz = -0.0;
        System.out.println((nan == nan) + " " + (nan != nan) + " " + (nan < 1) + " " + (nan > 1) + " " + (nan <= nan) + " " + !(nan >= 0));
        System.out.println((nz == 0.0) + " " + (nz < 0.0) + " " + Double.compare(nz, 0.0) + " " + Double.compare(nan, Double.POSITIVE_INFINITY)
                + " " + Double.valueOf(nz).equals(0.0) + " " + Double.valueOf(nan).equals(nan) + " " + (1 / nz) + " " + (1 / 0.0));
        System.out.println(Math.min(-0.0, 0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(nan, 1) + " " + Math.max(1f, Float.NaN)
                + " " + Math.abs(-0.0) + " " + Math.abs(-0.0f) + " " + (0.0 - 0.0) + " " + (-0.0 - 0.0) + " " + (-0.0 + 0.0) + " " + (0.0 * -1));
        System.out.println(Float.compare(-0f, 0f) + " " + Float.compare(Float.NaN, 0f) + " " + (Float.NaN == Float.NaN) + " " + Float.isNaN(0f / 0f)
                + " " + Double.isInfinite(1 / 0.0) + " " + Double.isFinite(Double.MAX_VALUE) + " " + (float) 1e-50 + " " + (float) -1e-50);
        System.out.println(5.0 % 3 + " " + -5.0 % 3 + " " + 5.0 % -3 + " " + 5.5f % 2 + " " + 1e300 % 3 + " " + 5 % nan + " " + 5.0 % 0
                + " " + Double.POSITIVE_INFINITY % 2 + " " + 3 % Double.POSITIVE_INFINITY + " " + -0.0 % 5);
        System.out.println(0.1f + 0.2f + " " + (0.1f + 0.2) + " " + 1e38f * 10 + " " + -1e38f * 10 + " " + 1e-45f / 2 + " " + 3e-45f / 2
                + " " + (double) 0.1f + " " + (float) 0.1 + " " + 1.0f * Integer.MAX_VALUE + " " + (double) Long.MAX_VALUE);
        double acc = 0;
        for (int i = 1; i <= 50; i++) {
            acc += 1.0 / i;
            if (i % 10 == 0) {
                System.out.println(i + " " + acc + " " + (float) acc + " " + acc * acc + " " + Math.floor(acc * 1000) / 1000 + " " + Math.round(acc * 1e6)
                        + " " + Math.ceil(-acc) + " " + Math.rint(acc * 2));
            }
        }
        System.out.println(Math.round(0.5) + " " + Math.round(-0.5) + " " + Math.round(1.5) + " " + Math.round(-1.5) + " " + Math.round(2.5f)
                + " " + Math.round(Double.NaN) + " " + Math.round(1e20) + " " + Math.round(-1e20f) + " " + Math.rint(2.5) + " " + Math.rint(-3.5)
                + " " + Math.floor(-0.5) + " " + Math.ceil(-0.5) + " " + Math.round(0.49999999999999994));
        System.out.println(Double.toString(1e-5) + " " + Double.toString(12345e-10) + " " + Float.toString(1.0e-5f) + " " + String.valueOf(-1.5e-300)
                + " " + Double.parseDouble("1e-400") + " " + Double.parseDouble("-0") + " " + Float.parseFloat("3.4028236e38") + " " + Double.valueOf("0x1p-1074")
                + " " + Double.parseDouble("  12.5  ") + " " + Float.parseFloat("1.17549428e-38"));
        StringBuilder sb = new StringBuilder();
        sb.append(1.5f).append(' ').append(-0.0).append(' ').append(Double.NaN).append(' ').append(1e-7f).append(' ').append(1e16);
        System.out.println(sb);
        System.out.println(Double.MAX_VALUE * 2 - Double.MAX_VALUE * 2 + " " + Math.sqrt(-1) + " " + Math.sqrt(-0.0) + " " + Math.pow(0, -1)
                + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(2, -1074) + " " + Math.pow(10, 15) + " " + Math.hypot(3, 4));
    }
}
