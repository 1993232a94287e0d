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
        checkRadix(radix);
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

    /**
     * Integer.decode and friends: optional sign, then 0x, 0X or # (hexadecimal) or 0 (octal),
     * then digits, parsed within [min, max] with the JDK's messages.
     */
    static long decode(String nm, long min, long max) {
        if (nm.isEmpty()) {
            throw new NumberFormatException("Zero length string");
        }
        int radix = 10;
        int index = 0;
        boolean negative = false;
        char firstChar = nm.charAt(0);
        if (firstChar == '-') {
            negative = true;
            index++;
        } else if (firstChar == '+') {
            index++;
        }
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (nm.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (nm.startsWith("0", index) && nm.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (nm.startsWith("-", index) || nm.startsWith("+", index)) {
            throw new NumberFormatException("Sign character in wrong position");
        }
        // The JDK parses the magnitude and, if that fails (MIN_VALUE or a format error), the
        // signed text, whose result and message this gives directly.
        String digits = nm.substring(index);
        return parse(negative ? "-".concat(digits) : digits, radix, min, max);
    }

    /** Integer.parseUnsignedInt: up to 2^32 - 1, no minus sign. */
    static int parseUnsignedInt(String s, int radix) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        int len = s.length();
        if (len == 0) {
            throw NumberFormatException.forInputString(s, radix);
        }
        if (s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        if (len <= 5 || (radix == 10 && len <= 9)) {
            return (int) parse(s, radix, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        long ell = parse(s, radix, Long.MIN_VALUE, Long.MAX_VALUE);
        if ((ell & 0xffffffff00000000L) != 0) {
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        }
        return (int) ell;
    }

    /** Long.parseUnsignedLong: up to 2^64 - 1, no minus sign. */
    static long parseUnsignedLong(String s, int radix) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        int len = s.length();
        if (len == 0) {
            throw NumberFormatException.forInputString(s, radix);
        }
        if (s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        if (len <= 12 || (radix == 10 && len <= 18)) {
            return parse(s, radix, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        long first = parseLongPrefix(s, len - 1, radix);
        int second = Character.digit(s.charAt(len - 1), radix);
        if (second < 0) {
            throw new NumberFormatException("Bad digit at end of " + s);
        }
        long result = first * radix + second;
        // Overflow check: the top bits of first times radix must leave room for the result.
        int guard = radix * (int) (first >>> 57);
        if (guard >= 128 || (result >= 0 && guard >= 128 - Character.MAX_RADIX)) {
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned long.");
        }
        return result;
    }

    /**
     * The signed long in s[0, end), as Long.parseLong(CharSequence, 0, end, radix) parses it,
     * with its "Error at index" messages (radix already checked).
     */
    private static long parseLongPrefix(String s, int end, int radix) {
        checkRadix(radix);
        int i = 0;
        boolean negative = false;
        long limit = -Long.MAX_VALUE;
        char firstChar = s.charAt(0);
        if (firstChar < '0') {
            if (firstChar == '-') {
                negative = true;
                limit = Long.MIN_VALUE;
            } else if (firstChar != '+') {
                throw errorAt(s, end, i);
            }
            i++;
        }
        if (i >= end) {
            throw errorAt(s, end, i);
        }
        long multiplyLimit = limit / radix;
        long result = 0;
        for (; i < end; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multiplyLimit) {
                throw errorAt(s, end, i);
            }
            result *= radix;
            if (result < limit + digit) {
                throw errorAt(s, end, i);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    private static NumberFormatException errorAt(String s, int end, int index) {
        return new NumberFormatException("Error at index " + index + " in: \"" + s.substring(0, end) + "\"");
    }

    private static void checkRadix(int radix) {
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException(new StringBuilder("radix ").append(radix)
                    .append(" less than Character.MIN_RADIX").toString());
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException(new StringBuilder("radix ").append(radix)
                    .append(" greater than Character.MAX_RADIX").toString());
        }
    }
}
