package java.lang;

/** Integer text conversion shared by the boxing classes, with the JDK's exact output. */
final class Digits {

    private Digits() {
    }

    /** {@code value} in {@code radix} (10 if out of range), '-' for negatives. */
    static String signed(long value, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        char[] buffer = new char[65];
        int position = buffer.length;
        boolean negative = value < 0;
        // Work on the negative magnitude: it also holds Long.MIN_VALUE.
        long rest = negative ? value : -value;
        do {
            position--;
            buffer[position] = Character.forDigit((int) -(rest % radix), radix);
            rest /= radix;
        } while (rest != 0);
        if (negative) {
            position--;
            buffer[position] = '-';
        }
        return new String(buffer, position, buffer.length - position);
    }

    /** The low {@code bits} of {@code value} as an unsigned number in base {@code 1 << shift}. */
    static String unsignedPowerOfTwo(long value, int bits, int shift) {
        if (bits < 64) {
            value &= (1L << bits) - 1;
        }
        char[] buffer = new char[64];
        int position = buffer.length;
        int radix = 1 << shift;
        do {
            position--;
            buffer[position] = Character.forDigit((int) (value & (radix - 1)), radix);
            value >>>= shift;
        } while (value != 0);
        return new String(buffer, position, buffer.length - position);
    }

    /** Unsigned decimal (or other radix) text of a 64-bit value. */
    static String unsigned(long value, int radix) {
        if (value >= 0) {
            return signed(value, radix);
        }
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        long quotient = Long.divideUnsigned(value, radix);
        long remainder = value - quotient * radix;
        return signed(quotient, radix).concat(String.valueOf(Character.forDigit((int) remainder, radix)));
    }

    /**
     * Parses {@code s} as a signed number in {@code radix} within [min, max], with the JDK's
     * exceptions and messages.
     */
    static long parse(String s, int radix, long min, long max) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException(new StringBuilder("radix ").append(radix)
                    .append(" less than Character.MIN_RADIX").toString());
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException(new StringBuilder("radix ").append(radix)
                    .append(" greater than Character.MAX_RADIX").toString());
        }
        int length = s.length();
        if (length == 0) {
            throw NumberFormatException.forInputString("", radix);
        }
        int i = 0;
        boolean negative = false;
        long limit = -max;
        char first = s.charAt(0);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = min;
            } else if (first != '+') {
                throw NumberFormatException.forInputString(s, radix);
            }
            if (length == 1) {
                throw NumberFormatException.forInputString(s, radix);
            }
            i++;
        }
        // Accumulate negatively so that min itself is reachable.
        long multiplyLimit = limit / radix;
        long result = 0;
        while (i < length) {
            int digit = Character.digit(s.charAt(i), radix);
            i++;
            if (digit < 0 || result < multiplyLimit) {
                throw NumberFormatException.forInputString(s, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                throw NumberFormatException.forInputString(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    /** Parses a byte or short: the JDK parses an int, then reports an out-of-range value. */
    static int parseNarrow(String s, int radix, int min, int max) {
        int value = (int) parse(s, radix, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (value < min || value > max) {
            throw new NumberFormatException(new StringBuilder("Value out of range. Value:\"")
                    .append(s).append("\" Radix:").append(radix).toString());
        }
        return value;
    }
}
