package java.util;

/**
 * The decimal digits of a non-negative finite double as Double.toString yields them, rounded
 * HALF_UP at a digit position, as the JDK's Formatter rounds for %e %f %g (it does not round
 * the exact binary value: 0.125 and 0.15 both round up). The value is 0.d1d2d3... * 10^exponent;
 * no digits means zero.
 */
final class DecimalDigits {
    private final char[] digits = new char[24];
    private int count;
    private int exponent;

    DecimalDigits(double value) {
        String text = Double.toString(value);
        int beforePoint = 0;
        boolean seenPoint = false;
        int i = 0;
        for (; i < text.length() && text.charAt(i) != 'E'; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                seenPoint = true;
            } else if (count > 0 || c != '0') {
                digits[count++] = c;
                if (!seenPoint) {
                    beforePoint++;
                }
            } else if (seenPoint) {
                beforePoint--; // a leading zero after the point
            }
        }
        int power = i < text.length() ? Integer.parseInt(text.substring(i + 1)) : 0;
        exponent = beforePoint + power;
        dropTrailingZeros();
    }

    boolean isZero() {
        return count == 0;
    }

    /** The power of ten of the first digit plus one: 0.d1d2... * 10^exponent. */
    int exponent() {
        return exponent;
    }

    /** Digit {@code i} (0 = the first significant one); '0' outside the digits. */
    char digit(int i) {
        return i >= 0 && i < count ? digits[i] : '0';
    }

    /** Keeps {@code keep} significant digits, rounding HALF_UP on the digits. */
    void roundTo(int keep) {
        if (keep >= count) {
            return;
        }
        if (keep < 0) {
            count = 0;
            return;
        }
        boolean up = digits[keep] >= '5';
        count = keep;
        if (up) {
            int i = keep - 1;
            while (i >= 0 && digits[i] == '9') {
                i--;
            }
            if (i < 0) {
                digits[0] = '1';
                count = 1;
                exponent++;
            } else {
                digits[i]++;
                count = i + 1;
            }
        }
        dropTrailingZeros();
    }

    private void dropTrailingZeros() {
        while (count > 0 && digits[count - 1] == '0') {
            count--;
        }
    }
}
