package java.util;

/** %a: the JDK's Double.toHexString text, its significand rounded half-even to a hex precision. */
final class HexFloat {
    private static final int SIGNIFICAND_BITS = 53;
    private static final long FRACTION_MASK = (1L << 52) - 1;
    private static final long MAGNITUDE_MASK = Long.MAX_VALUE;
    private static final double TWO_TO_54 = 18014398509481984.0;

    private HexFloat() {
    }

    /**
     * The text after "0x" for a non-negative finite value: "1.8p1", "0.0p0", subnormals as
     * "0.0001p-1022"; with 1 to 12 hex digits of precision a subnormal is normalised.
     * {@code precision} 0 means all digits.
     */
    static String text(double value, int precision) {
        if (value == 0.0 || precision == 0 || precision >= 13) {
            return plain(value);
        }
        boolean subnormal = Math.getExponent(value) == Double.MIN_EXPONENT - 1;
        double scaled = subnormal ? value * TWO_TO_54 : value;
        int shift = SIGNIFICAND_BITS - (1 + precision * 4);
        long bits = Double.doubleToRawLongBits(scaled);
        long kept = (bits & MAGNITUDE_MASK) >> shift;
        long dropped = bits & ~(~0L << shift);
        boolean odd = (kept & 1) != 0;
        boolean half = (dropped & (1L << (shift - 1))) != 0;
        boolean belowHalf = (dropped & ~(1L << (shift - 1))) != 0;
        if (half && (odd || belowHalf)) {
            kept++;
        }
        double rounded = Double.longBitsToDouble(kept << shift);
        if (Double.isInfinite(rounded)) {
            return "1.0p1024";
        }
        String text = plain(rounded);
        if (!subnormal) {
            return text;
        }
        int p = text.indexOf('p');
        return text.substring(0, p + 1) + (Integer.parseInt(text.substring(p + 1)) - 54);
    }

    /** Double.toHexString without "0x". */
    private static String plain(double value) {
        if (value == 0.0) {
            return "0.0p0";
        }
        long bits = Double.doubleToRawLongBits(value);
        int biased = (int) (bits >>> 52) & 0x7ff;
        String fraction = Long.toHexString((bits & FRACTION_MASK) | (1L << 52)).substring(1);
        int end = fraction.length();
        while (end > 1 && fraction.charAt(end - 1) == '0') {
            end--;
        }
        return (biased == 0 ? "0." : "1.") + fraction.substring(0, end) + "p"
                + (biased == 0 ? Double.MIN_EXPONENT : biased - 1023);
    }
}
