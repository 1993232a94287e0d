package conformance.math_lib;

/** java.lang.Math: the exactly specified functions printed in full, the transcendental ones rounded to a few digits. */
public class Main {
    static long sixDigits(double d) {
        return Math.round(d * 1e6);
    }

    public static void main(String[] args) {
        double[] values = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 3.7, -3.7,
            1e16 + 1, 4503599627370497.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, 9.2e18, -9.3e18};
        for (double v : values) {
            System.out.println(v + ": floor " + Math.floor(v) + " ceil " + Math.ceil(v) + " rint " + Math.rint(v) + " round " + Math.round(v)
                    + " abs " + Math.abs(v) + " signum " + Math.signum(v) + " sqrt " + Math.sqrt(v));
        }
        float[] floats = {0.5f, -0.5f, 2.5f, -2.5f, 1.4999999f, Float.NaN, 3e9f, -3e9f, 7.75f};
        for (float f : floats) {
            System.out.println(f + ": round " + Math.round(f) + " abs " + Math.abs(f) + " signum " + Math.signum(f) + " floor " + (float) Math.floor(f));
        }
        System.out.println("min/max " + Math.min(1, 2) + " " + Math.max(-1L, -2L) + " " + Math.min(1.5f, -1.5f) + " " + Math.max(Double.NaN, 1)
                + " " + Math.min(-0.0, 0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(Float.NaN, 1f) + " " + Math.max(-0.0f, 0.0f));
        System.out.println("abs " + Math.abs(-5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(-5L) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-0.0f));
        System.out.println("sqrt " + Math.sqrt(2) + " " + Math.sqrt(1e-300) + " " + Math.sqrt(-1) + " " + Math.sqrt(144) + " " + Math.sqrt(0.01));
        System.out.println("pow exact " + Math.pow(2, 10) + " " + Math.pow(2, -2) + " " + Math.pow(3, 5) + " " + Math.pow(10, 0) + " " + Math.pow(-2, 3)
                + " " + Math.pow(0, 0) + " " + Math.pow(Double.NaN, 0) + " " + Math.pow(1, Double.NaN) + " " + Math.pow(0.5, 2) + " " + Math.pow(2, 62));
        System.out.println("pow special " + Math.pow(0, -1) + " " + Math.pow(-0.0, -1) + " " + Math.pow(-1, 0.5) + " " + Math.pow(Double.POSITIVE_INFINITY, -1));
        System.out.println("floorDiv/Mod " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + Math.floorDiv(-7L, 2L) + " " + Math.floorMod(7L, -2L));
        System.out.println("constants " + Math.PI + " " + Math.E);
        System.out.println("hypot " + Math.hypot(3, 4) + " cbrt " + Math.cbrt(27) + " " + Math.cbrt(-8));
        System.out.println("toRadians " + sixDigits(Math.toRadians(180)) + " toDegrees " + sixDigits(Math.toDegrees(Math.PI / 2)));
        for (int i = -4; i <= 4; i++) {
            double x = i * 0.7;
            System.out.println("x=" + x + " sin " + sixDigits(Math.sin(x)) + " cos " + sixDigits(Math.cos(x)) + " tan " + sixDigits(Math.tan(x))
                    + " atan " + sixDigits(Math.atan(x)) + " exp " + sixDigits(Math.exp(x)) + " atan2 " + sixDigits(Math.atan2(x, 1.5)));
        }
        for (double x : new double[] {0.5, 1, 2, 10, 1000, 1e-5}) {
            System.out.println("x=" + x + " log " + sixDigits(Math.log(x)) + " log10 " + sixDigits(Math.log10(x)) + " asin/acos " + sixDigits(Math.asin(Math.min(x, 1))) + "/" + sixDigits(Math.acos(Math.min(x, 1))));
        }
        System.out.println("log special " + Math.log(0) + " " + Math.log(-1) + " " + Math.exp(Double.NEGATIVE_INFINITY) + " " + Math.log10(1000) + " " + Math.log(1));
        System.out.println("ulp-free " + Math.copySign(3.0, -0.0) + " " + Math.copySign(-2f, 1f) + " " + Math.nextUp(1.0) + " " + Math.nextDown(1.0f) + " " + Math.ulp(1.0) + " " + Math.getExponent(1024.0));
        double acc = 0;
        for (int i = 1; i <= 200; i++) {
            acc += Math.sqrt(i) * Math.floor(i / 3.0) - Math.ceil(i / 7.0);
        }
        System.out.println("accumulated " + acc);
    }
}
