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
            for (int r : radices) {
                same("Integer.parseUnsignedInt(" + t + "," + r + ")", () -> Integer.parseUnsignedInt(t, r), () -> java.lang.Integer.parseUnsignedInt(t, r));
                same("Long.parseUnsignedLong(" + t + "," + r + ")", () -> Long.parseUnsignedLong(t, r), () -> java.lang.Long.parseUnsignedLong(t, r));
            }
            if (t != null) {
                for (String prefix : new String[] {"", "0x", "-0x", "#", "-#", "0", "-0", "+0X", "0x-"}) {
                    String nm = prefix + t;
                    same("Integer.decode(" + nm + ")", () -> Integer.decode(nm), () -> java.lang.Integer.decode(nm));
                    same("Long.decode(" + nm + ")", () -> Long.decode(nm), () -> java.lang.Long.decode(nm));
                    same("Short.decode(" + nm + ")", () -> Short.decode(nm), () -> java.lang.Short.decode(nm));
                    same("Byte.decode(" + nm + ")", () -> Byte.decode(nm), () -> java.lang.Byte.decode(nm));
                }
            }
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
        checkCodePoints();
        checkStringBuilder();
        checkStrings();
        checkCharsets();
        System.out.println(checks + " checks, " + failures + " differences");
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Every Unicode property and mapping of Character, for every code point. */
    private static void checkCodePoints() {
        for (int cp = -1; cp <= Character.MAX_CODE_POINT + 1; cp++) {
            int c = cp;
            sameQuietly("isLetter", c, Character.isLetter(c), java.lang.Character.isLetter(c));
            sameQuietly("isDigit", c, Character.isDigit(c), java.lang.Character.isDigit(c));
            sameQuietly("isLetterOrDigit", c, Character.isLetterOrDigit(c), java.lang.Character.isLetterOrDigit(c));
            sameQuietly("isAlphabetic", c, Character.isAlphabetic(c), java.lang.Character.isAlphabetic(c));
            sameQuietly("isUpperCase", c, Character.isUpperCase(c), java.lang.Character.isUpperCase(c));
            sameQuietly("isLowerCase", c, Character.isLowerCase(c), java.lang.Character.isLowerCase(c));
            sameQuietly("isTitleCase", c, Character.isTitleCase(c), java.lang.Character.isTitleCase(c));
            sameQuietly("isDefined", c, Character.isDefined(c), java.lang.Character.isDefined(c));
            sameQuietly("isJavaIdentifierStart", c, Character.isJavaIdentifierStart(c), java.lang.Character.isJavaIdentifierStart(c));
            sameQuietly("isJavaIdentifierPart", c, Character.isJavaIdentifierPart(c), java.lang.Character.isJavaIdentifierPart(c));
            sameQuietly("isIdentifierIgnorable", c, Character.isIdentifierIgnorable(c), java.lang.Character.isIdentifierIgnorable(c));
            sameQuietly("isISOControl", c, Character.isISOControl(c), java.lang.Character.isISOControl(c));
            sameQuietly("isWhitespace", c, Character.isWhitespace(c), java.lang.Character.isWhitespace(c));
            sameQuietly("isSpaceChar", c, Character.isSpaceChar(c), java.lang.Character.isSpaceChar(c));
            sameQuietly("toUpperCase", c, Character.toUpperCase(c), java.lang.Character.toUpperCase(c));
            sameQuietly("toLowerCase", c, Character.toLowerCase(c), java.lang.Character.toLowerCase(c));
            sameQuietly("toTitleCase", c, Character.toTitleCase(c), java.lang.Character.toTitleCase(c));
            sameQuietly("getNumericValue", c, Character.getNumericValue(c), java.lang.Character.getNumericValue(c));
            sameQuietly("digit36", c, Character.digit(c, 36), java.lang.Character.digit(c, 36));
            if (c >= 0 && c <= 0xffff) {
                char ch = (char) c;
                sameQuietly("toUpperCase(char)", c, Character.toUpperCase(ch), java.lang.Character.toUpperCase(ch));
                sameQuietly("toLowerCase(char)", c, Character.toLowerCase(ch), java.lang.Character.toLowerCase(ch));
            }
        }
        for (int c : new int[] {-1, 0, 65, 0xffff, 0x10000, 0x1F600, 0x10ffff, 0x110000, Integer.MIN_VALUE}) {
            same("Character.toString(" + c + ")", () -> Character.toString(c), () -> java.lang.Character.toString(c));
            same("Character.toChars(" + c + ")", () -> new String(Character.toChars(c)), () -> new String(java.lang.Character.toChars(c)));
        }
    }

    /** Counts a check; reports only a difference (there are millions of these). */
    private static void sameQuietly(String what, int codePoint, Object mine, Object theirs) {
        checks++;
        if (!mine.equals(theirs)) {
            failures++;
            if (failures < 50) {
                System.out.println("DIFF Character." + what + "(" + codePoint + ") dialect: " + mine + " jdk: " + theirs);
            }
        }
    }

    /** UTF-8, US-ASCII and ISO-8859-1 both ways, with the JDK's replacements. */
    private static void checkCharsets() {
        String[] texts = {"", "abc", "h\u00e9llo", "\u20ac\u4e2d", "\ud83d\ude00x", "\ud800", "a\udc00b", "\u00ff\u0100"};
        for (String t : texts) {
            for (String charset : new String[] {"UTF-8", "US-ASCII", "ISO-8859-1", "utf8", "bogus"}) {
                same("getBytes(" + t + "," + charset + ")",
                        () -> java.util.Arrays.toString(StringCoding.encode(t.toCharArray(), StringCoding.lookup(charset))),
                        () -> java.util.Arrays.toString(t.getBytes(charset)));
            }
        }
        java.util.Random random = new java.util.Random(9);
        for (int i = 0; i < 20000; i++) {
            byte[] bytes = new byte[random.nextInt(8)];
            random.nextBytes(bytes);
            if (i % 3 == 0) {
                for (int k = 0; k < bytes.length; k++) {
                    bytes[k] = (byte) (0xc0 | (bytes[k] & 0x3f));
                }
            }
            for (String charset : new String[] {"UTF-8", "US-ASCII", "ISO-8859-1"}) {
                same("new String(" + java.util.Arrays.toString(bytes) + "," + charset + ")",
                        () -> dump(new String(StringCoding.decode(bytes, 0, bytes.length, StringCoding.lookup(charset)))),
                        () -> dump(new String(bytes, charset)));
            }
        }
    }

    private static String dump(CharSequence s) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            hex.append(Integer.toHexString(s.charAt(i))).append(' ');
        }
        return hex.toString();
    }

    private static void checkStrings() {
        String[] samples = {"", "abc", "ABC", "Hello, World!", "stra\u00dfe", "\u0130stanbul", "\u03a3\u039f\u03a3", "\u03bf\u03a3 \u03a3",
            "\u0149n", "\u1f80", "\ufb03x", "\ud801\udc00\ud801\udc28", "\u00ff\u00b5", "Mixed Case 123 \u00c0\u00e9"};
        for (String a : samples) {
            same("toUpperCase(" + a + ")", () -> a.toUpperCase(), () -> a.toUpperCase(java.util.Locale.ROOT));
            same("toLowerCase(" + a + ")", () -> a.toLowerCase(), () -> a.toLowerCase(java.util.Locale.ROOT));
            for (String b : samples) {
                same("equalsIgnoreCase(" + a + "," + b + ")", () -> a.equalsIgnoreCase(b), () -> a.equalsIgnoreCase(b));
                same("compareToIgnoreCase(" + a + "," + b + ")", () -> Integer.signum(a.compareToIgnoreCase(b)), () -> Integer.signum(a.compareToIgnoreCase(b)));
            }
        }
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
        for (int i = -1; i <= 4; i++) {
            int at = i;
            same("insert(" + i + ")", () -> new StringBuilder("abc").insert(at, "XY").insert(at, 'c').insert(at, 1.5).insert(at, 2.5f).insert(at, true).toString(),
                    () -> new java.lang.StringBuilder("abc").insert(at, "XY").insert(at, 'c').insert(at, 1.5).insert(at, 2.5f).insert(at, true).toString());
            for (int j = -1; j <= 5; j++) {
                int end = j;
                same("replace(" + i + "," + j + ")", () -> new StringBuilder("abcd").replace(at, end, "XYZ").toString(),
                        () -> new java.lang.StringBuilder("abcd").replace(at, end, "XYZ").toString());
            }
        }
        same("StringBuffer", () -> new StringBuffer("abc").append(1.5).insert(1, 'x').reverse().replace(0, 2, "Q").deleteCharAt(1)
                .append(new StringBuffer("sb")).append((StringBuffer) null).toString(),
                () -> new java.lang.StringBuffer("abc").append(1.5).insert(1, 'x').reverse().replace(0, 2, "Q").deleteCharAt(1)
                .append(new java.lang.StringBuffer("sb")).append((java.lang.StringBuffer) null).toString());
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
