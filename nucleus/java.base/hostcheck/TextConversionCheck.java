package hostcheck.lang;

/**
 * Compares the dialect's conversions (this package, copied from nucleus/java.base) with the
 * JDK's java.lang ones on many inputs; prints each difference and exits 1 if there is any.
 */
public final class TextConversionCheck {

    private interface Conversion {
        Object apply() throws Exception;
    }

    private static int checks;
    private static int failures;

    public static void main(String[] args) {
        long[] longs = interestingLongs();
        int[] radices = {-1, 0, 1, 2, 3, 8, 10, 16, 17, 36, 37};
        for (long v : longs) {
            int i = (int) v;
            same("Integer.toString(" + i + ")", () -> Integer.toString(i), () -> java.lang.Integer.toString(i));
            same("Integer.toHexString(" + i + ")", () -> Integer.toHexString(i), () -> java.lang.Integer.toHexString(i));
            same("Integer.toOctalString(" + i + ")", () -> Integer.toOctalString(i), () -> java.lang.Integer.toOctalString(i));
            same("Integer.toBinaryString(" + i + ")", () -> Integer.toBinaryString(i), () -> java.lang.Integer.toBinaryString(i));
            same("Integer.toUnsignedString(" + i + ")", () -> Integer.toUnsignedString(i), () -> java.lang.Integer.toUnsignedString(i));
            same("Long.toString(" + v + ")", () -> Long.toString(v), () -> java.lang.Long.toString(v));
            same("Long.toHexString(" + v + ")", () -> Long.toHexString(v), () -> java.lang.Long.toHexString(v));
            same("Long.toUnsignedString(" + v + ")", () -> Long.toUnsignedString(v), () -> java.lang.Long.toUnsignedString(v));
            same("Short.toString(" + (short) i + ")", () -> Short.toString((short) i), () -> java.lang.Short.toString((short) i));
            same("Byte.toString(" + (byte) i + ")", () -> Byte.toString((byte) i), () -> java.lang.Byte.toString((byte) i));
            same("Long.hashCode(" + v + ")", () -> Long.hashCode(v), () -> java.lang.Long.hashCode(v));
            same("Integer.bitCount(" + i + ")", () -> Integer.bitCount(i), () -> java.lang.Integer.bitCount(i));
            same("Integer.numberOfLeadingZeros(" + i + ")", () -> Integer.numberOfLeadingZeros(i), () -> java.lang.Integer.numberOfLeadingZeros(i));
            same("Integer.numberOfTrailingZeros(" + i + ")", () -> Integer.numberOfTrailingZeros(i), () -> java.lang.Integer.numberOfTrailingZeros(i));
            same("Long.numberOfLeadingZeros(" + v + ")", () -> Long.numberOfLeadingZeros(v), () -> java.lang.Long.numberOfLeadingZeros(v));
            same("Long.numberOfTrailingZeros(" + v + ")", () -> Long.numberOfTrailingZeros(v), () -> java.lang.Long.numberOfTrailingZeros(v));
            same("Long.bitCount(" + v + ")", () -> Long.bitCount(v), () -> java.lang.Long.bitCount(v));
            same("Integer.reverse(" + i + ")", () -> Integer.reverse(i), () -> java.lang.Integer.reverse(i));
            same("Long.reverse(" + v + ")", () -> Long.reverse(v), () -> java.lang.Long.reverse(v));
            same("Long.reverseBytes(" + v + ")", () -> Long.reverseBytes(v), () -> java.lang.Long.reverseBytes(v));
            same("Integer.highestOneBit(" + i + ")", () -> Integer.highestOneBit(i), () -> java.lang.Integer.highestOneBit(i));
            same("Long.highestOneBit(" + v + ")", () -> Long.highestOneBit(v), () -> java.lang.Long.highestOneBit(v));
            same("Integer.signum(" + i + ")", () -> Integer.signum(i), () -> java.lang.Integer.signum(i));
            same("Long.signum(" + v + ")", () -> Long.signum(v), () -> java.lang.Long.signum(v));
            for (long w : longs) {
                same("Long.divideUnsigned(" + v + "," + w + ")", () -> Long.divideUnsigned(v, w), () -> java.lang.Long.divideUnsigned(v, w));
                same("Long.remainderUnsigned(" + v + "," + w + ")", () -> Long.remainderUnsigned(v, w), () -> java.lang.Long.remainderUnsigned(v, w));
                same("Long.compareUnsigned(" + v + "," + w + ")", () -> Long.compareUnsigned(v, w), () -> java.lang.Long.compareUnsigned(v, w));
            }
            for (int r : radices) {
                same("Integer.toString(" + i + "," + r + ")", () -> Integer.toString(i, r), () -> java.lang.Integer.toString(i, r));
                same("Long.toString(" + v + "," + r + ")", () -> Long.toString(v, r), () -> java.lang.Long.toString(v, r));
                same("Long.toUnsignedString(" + v + "," + r + ")", () -> Long.toUnsignedString(v, r), () -> java.lang.Long.toUnsignedString(v, r));
            }
        }
        String[] texts = {null, "", "-", "+", "0", "-0", "+5", "12", "-12", "2147483647", "2147483648",
            "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "-9223372036854775809", "127", "128", "-128", "-129", "32767",
            "32768", "ff", "FF", "-ff", "zz", "ZZ", "1x", " 1", "1 ", "١٢", "0x10", "--1", "+-1",
            "99999999999999999999", "7fffffff", "80000000", "-80000000", "ffffffffffffffff"};
        for (String t : texts) {
            for (int r : radices) {
                same("Integer.parseInt(" + t + "," + r + ")", () -> Integer.parseInt(t, r), () -> java.lang.Integer.parseInt(t, r));
                same("Long.parseLong(" + t + "," + r + ")", () -> Long.parseLong(t, r), () -> java.lang.Long.parseLong(t, r));
                same("Short.parseShort(" + t + "," + r + ")", () -> Short.parseShort(t, r), () -> java.lang.Short.parseShort(t, r));
                same("Byte.parseByte(" + t + "," + r + ")", () -> Byte.parseByte(t, r), () -> java.lang.Byte.parseByte(t, r));
            }
            same("Boolean.parseBoolean(" + t + ")", () -> Boolean.parseBoolean(t), () -> java.lang.Boolean.parseBoolean(t));
        }
        for (int d = -1; d < 40; d++) {
            for (int r : radices) {
                int digit = d;
                same("Character.forDigit(" + d + "," + r + ")", () -> Character.forDigit(digit, r), () -> java.lang.Character.forDigit(digit, r));
            }
        }
        for (int c = 0; c <= 0xffff; c++) {
            char ch = (char) c;
            same("Character.isDigit(" + c + ")", () -> Character.isDigit(ch), () -> java.lang.Character.isDigit(ch));
            same("Character.isWhitespace(" + c + ")", () -> Character.isWhitespace(ch), () -> java.lang.Character.isWhitespace(ch));
            same("Character.isSpaceChar(" + c + ")", () -> Character.isSpaceChar(ch), () -> java.lang.Character.isSpaceChar(ch));
            for (int r : radices) {
                same("Character.digit(" + c + "," + r + ")", () -> Character.digit(ch, r), () -> java.lang.Character.digit(ch, r));
            }
        }
        checkStringBuilder();
        System.out.println(checks + " checks, " + failures + " differences");
        System.exit(failures == 0 ? 0 : 1);
    }

    private static void checkStringBuilder() {
        String[] samples = {"", "a", "ab", "abc", "a\uD83D\uDE00b", "\uD83D\uDE00\uD83D\uDE01", "\uDE00\uD83D", "x\uD800"};
        for (String s : samples) {
            same("reverse(" + s + ")", () -> new StringBuilder(s).reverse().toString(), () -> new java.lang.StringBuilder(s).reverse().toString());
            for (int i = -1; i <= s.length() + 1; i++) {
                int index = i;
                same("charAt(" + s + "," + i + ")", () -> new StringBuilder(s).charAt(index), () -> new java.lang.StringBuilder(s).charAt(index));
                same("deleteCharAt(" + s + "," + i + ")", () -> new StringBuilder(s).deleteCharAt(index).toString(), () -> new java.lang.StringBuilder(s).deleteCharAt(index).toString());
                same("setLength(" + s + "," + i + ")", () -> { StringBuilder b = new StringBuilder(s); b.setLength(index); return b.toString(); },
                        () -> { java.lang.StringBuilder b = new java.lang.StringBuilder(s); b.setLength(index); return b.toString(); });
                for (int j = -1; j <= s.length() + 1; j++) {
                    int end = j;
                    same("delete(" + s + "," + i + "," + j + ")", () -> new StringBuilder(s).delete(index, end).toString(), () -> new java.lang.StringBuilder(s).delete(index, end).toString());
                    same("substring(" + s + "," + i + "," + j + ")", () -> new StringBuilder(s).substring(index, end), () -> new java.lang.StringBuilder(s).substring(index, end));
                    same("append(char[]," + i + "," + j + ")", () -> new StringBuilder("x").append(s.toCharArray(), index, end).toString(),
                            () -> new java.lang.StringBuilder("x").append(s.toCharArray(), index, end).toString());
                }
            }
        }
        Object nothing = null;
        same("append mix", () -> new StringBuilder().append(1).append(-2L).append('c').append(true).append((String) null).append(nothing).append(new char[] {'h', 'i'}).toString(),
                () -> new java.lang.StringBuilder().append(1).append(-2L).append('c').append(true).append((String) null).append(nothing).append(new char[] {'h', 'i'}).toString());
    }

    private static long[] interestingLongs() {
        long[] base = {0, 1, -1, 2, -2, 7, 9, 10, 11, 15, 16, 17, 35, 36, 99, 100, 127, 128, -128, -129,
            255, 256, 32767, 32768, -32768, -32769, 65535, 1000000007, Integer.MAX_VALUE, Integer.MIN_VALUE,
            Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L, 0xffffffffL, 1L << 40, -(1L << 40),
            Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 0x123456789abcdefL,
            -0x123456789abcdefL, 999999999999999999L, -999999999999999999L, 0x8000000000000001L};
        return base;
    }

    private static void same(String what, Conversion ours, Conversion jdk) {
        checks++;
        String mine = outcome(ours);
        String theirs = outcome(jdk);
        if (!mine.equals(theirs)) {
            failures++;
            System.out.println("DIFF " + what + "\n  dialect: " + mine + "\n  jdk:     " + theirs);
        }
    }

    /** The value, or the exception's simple class name and message. */
    private static String outcome(Conversion conversion) {
        try {
            return "= " + conversion.apply();
        } catch (Exception e) {
            return "! " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
