package conformance.double_tostring;

/** Java's exact Double.toString and Float.toString output for chosen and pseudo-random values. */
public class Main {
    public static void main(String[] args) {
        double[] chosen = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.5, 1.5, 2.0 / 3, 10.0, 100.0, 1000.0, 1e6, 9999999.0, 1e7, 1.0E7 + 0.5,
            12345678.9, 1e21, 1e22, 1e23, 0.001, 0.0001, 1e-4 + 1e-20, 1.0E-5, 123456789012345678.0, 4.35, 2.82879384806159E17,
            1.0 / 3, Math.PI, Math.E, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 4.9e-324 * 3, 1.7976931348623157E308 / 3,
            5e-324, 2.2250738585072014E-308, 9007199254740993.0, 9007199254740992.0, 0.1 + 0.7, 1.1 * 1.1, 3.0e-44, 1.0e-322,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2e-3, 5e-4, 8.41E21, 5.0E-324, 1.0E23, 2.0E23, 9.5E-5};
        for (double d : chosen) {
            System.out.println(d);
        }
        float[] chosenFloats = {0f, -0f, 1f, 0.1f, 0.2f, 0.3f, 1f / 3, 2f / 3, 1e7f, 1.0E7f + 1, 9999999f, 1e-3f, 1e-4f, 123456.789f,
            Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, 3.4e38f / 7, 16777216f, 16777217f, 1.1f * 1.1f, 0.3f + 0.6f, (float) Math.PI,
            Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1.0E-10f, 33554430f, 8.5E-5f, 2.0E-44f};
        for (float f : chosenFloats) {
            System.out.println(f);
        }
        long state = 0x9e3779b97f4a7c15L;
        for (int i = 0; i < 150; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            double d = Double.longBitsToDouble(state);
            float f = Float.intBitsToFloat((int) (state >>> 17));
            System.out.println(i + " " + d + " " + f + " " + (double) f);
        }
        double scaled = 1;
        for (int i = 0; i < 40; i++) {
            scaled *= 7.3;
            System.out.print(scaled + " " + (1 / scaled) + " ");
        }
        System.out.println();
        float fscaled = 1;
        for (int i = 0; i < 25; i++) {
            fscaled *= 5.3f;
            System.out.print(fscaled + " " + (1 / fscaled) + " ");
        }
        System.out.println();
        for (int i = 1; i <= 30; i++) {
            System.out.print((i / 10.0) + " " + (i / 10.0f) + " " + (i * 0.3) + " ");
        }
        System.out.println();
        System.out.println(String.valueOf(1.25) + Double.toString(-3.5e-7) + Float.toString(6.02e23f) + Double.valueOf(42).toString());
    }
}
