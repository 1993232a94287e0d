package java.lang;

import ariadne.magic.Magic;

/** The boxed float, with the JDK 17 text conversions (FloatingText, FloatingParser). */
public final class Float extends Number implements Comparable<Float> {

    public static final float POSITIVE_INFINITY = 1.0f / 0.0f;
    public static final float NEGATIVE_INFINITY = -1.0f / 0.0f;
    public static final float NaN = 0.0f / 0.0f;
    public static final float MAX_VALUE = 0x1.fffffeP+127f;
    public static final float MIN_NORMAL = 0x1.0p-126f;
    public static final float MIN_VALUE = 0x0.000002P-126f;
    public static final int MAX_EXPONENT = 127;
    public static final int MIN_EXPONENT = -126;
    public static final int SIZE = 32;
    public static final int BYTES = 4;

    private final float value;

    @Deprecated(since = "9", forRemoval = true)
    public Float(float value) {
        this.value = value;
    }

    public static Float valueOf(float f) {
        return new Float(f);
    }

    public static boolean isNaN(float v) {
        return v != v;
    }

    public static boolean isInfinite(float v) {
        return (v == POSITIVE_INFINITY) || (v == NEGATIVE_INFINITY);
    }

    public static boolean isFinite(float f) {
        return Math.abs(f) <= MAX_VALUE;
    }

    public boolean isNaN() {
        return isNaN(value);
    }

    public boolean isInfinite() {
        return isInfinite(value);
    }

    public String toString() {
        return toString(value);
    }

    public static String toString(float d) {
        return FloatingText.toString(d);
    }

    public static float parseFloat(String s) throws NumberFormatException {
        return FloatingParser.parseFloat(s);
    }

    public static Float valueOf(String s) throws NumberFormatException {
        return valueOf(parseFloat(s));
    }

    public byte byteValue() {
        return (byte) value;
    }

    public short shortValue() {
        return (short) value;
    }

    public int intValue() {
        return (int) value;
    }

    public long longValue() {
        return (long) value;
    }

    public float floatValue() {
        return value;
    }

    public double doubleValue() {
        return (double) value;
    }

    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(float value) {
        return floatToIntBits(value);
    }

    public boolean equals(Object obj) {
        return obj instanceof Float
                && floatToIntBits(((Float) obj).value) == floatToIntBits(value);
    }

    /** The bits of {@code value} with every NaN collapsed to the canonical 0x7fc00000. */
    public static int floatToIntBits(float value) {
        return isNaN(value) ? 0x7fc00000 : floatToRawIntBits(value);
    }

    public static int floatToRawIntBits(float value) {
        return Magic.floatToRawIntBits(value);
    }

    public static float intBitsToFloat(int bits) {
        return Magic.intBitsToFloat(bits);
    }

    public int compareTo(Float anotherFloat) {
        return compare(value, anotherFloat.value);
    }

    /** Total order: -0.0 before 0.0, NaN after everything (and equal to itself). */
    public static int compare(float f1, float f2) {
        if (f1 < f2) {
            return -1;
        }
        if (f1 > f2) {
            return 1;
        }
        int bits1 = floatToIntBits(f1);
        int bits2 = floatToIntBits(f2);
        return (bits1 == bits2 ? 0 : (bits1 < bits2 ? -1 : 1));
    }

    public static float sum(float a, float b) {
        return a + b;
    }

    public static float max(float a, float b) {
        return Math.max(a, b);
    }

    public static float min(float a, float b) {
        return Math.min(a, b);
    }
}
