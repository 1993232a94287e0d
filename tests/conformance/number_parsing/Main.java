package conformance.number_parsing;

/** Parsing and formatting helpers of the boxing types: radixes, signs, limits, and NumberFormatException messages. */
public class Main {
    interface Parse {
        Object run(String s);
    }

    static void parse(String label, Parse parser, String input) {
        try {
            System.out.println(label + "(\"" + input + "\") = " + parser.run(input));
        } catch (NumberFormatException e) {
            System.out.println(label + "(\"" + input + "\") -> NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] intInputs = {"0", "42", "-42", "+42", "2147483647", "-2147483648", "2147483648", "-2147483649", "", "abc", "12a", " 1", "-", "+", "007", "1_000"};
        for (String s : intInputs) {
            parse("parseInt", Integer::parseInt, s);
        }
        String[] longInputs = {"9223372036854775807", "-9223372036854775808", "9223372036854775808", "123456789012", "-0"};
        for (String s : longInputs) {
            parse("parseLong", Long::parseLong, s);
        }
        parse("parseInt radix 16", s -> Integer.parseInt(s, 16), "7fffffff");
        parse("parseInt radix 16", s -> Integer.parseInt(s, 16), "-FF");
        parse("parseInt radix 2", s -> Integer.parseInt(s, 2), "101010");
        parse("parseInt radix 36", s -> Integer.parseInt(s, 36), "zz");
        parse("parseInt radix 8", s -> Integer.parseInt(s, 8), "778");
        parse("parseLong radix 16", s -> Long.parseLong(s, 16), "7fffffffffffffff");
        parse("parseUnsignedInt", Integer::parseUnsignedInt, "4294967295");
        parse("valueOf", Integer::valueOf, "-17");
        parse("parseShort", Short::parseShort, "32767");
        parse("parseShort", Short::parseShort, "32768");
        parse("parseByte", Byte::parseByte, "-128");
        parse("parseByte", Byte::parseByte, "200");
        String[] doubleInputs = {"1.5", "-0.0", "1e10", "1E-5", "  3.25  ", ".5", "5.", "NaN", "-Infinity", "+Infinity", "1.7976931348623157E309",
            "4.9e-325", "123456789012345678901234567890", "abc", "", "1e", "0.1000000000000000055511151231257827"};
        for (String s : doubleInputs) {
            parse("parseDouble", Double::parseDouble, s);
        }
        parse("parseFloat", Float::parseFloat, "3.4028236e38");
        parse("parseFloat", Float::parseFloat, "0.1");
        parse("parseFloat", Float::parseFloat, "1.17549435E-38");
        System.out.println("booleans " + Boolean.parseBoolean("true") + " " + Boolean.parseBoolean("TrUe") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null));

        int[] toFormat = {0, 1, -1, 255, -255, Integer.MAX_VALUE, Integer.MIN_VALUE, 0xcafe};
        for (int v : toFormat) {
            System.out.println(v + ": hex " + Integer.toHexString(v) + " oct " + Integer.toOctalString(v) + " bin " + Integer.toBinaryString(v)
                    + " r36 " + Integer.toString(v, 36) + " r7 " + Integer.toString(v, 7) + " unsigned " + Integer.toUnsignedString(v));
        }
        long[] longsToFormat = {0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1234567890123456789L};
        for (long v : longsToFormat) {
            System.out.println(v + ": hex " + Long.toHexString(v) + " oct " + Long.toOctalString(v) + " bin " + Long.toBinaryString(v)
                    + " r36 " + Long.toString(v, 36));
        }
        System.out.println("radix out of range " + Integer.toString(100, 99) + " " + Integer.toString(100, 1));
        int roundTrips = 0;
        int value = 1;
        for (int i = 0; i < 200; i++) {
            value = value * 1103515245 + 12345;
            if (Integer.parseInt(Integer.toString(value)) == value && Integer.parseUnsignedInt(Integer.toUnsignedString(value)) == value
                    && Integer.parseInt(Integer.toString(value, 36), 36) == value) {
                roundTrips++;
            }
        }
        System.out.println("round trips " + roundTrips);
        double d = 0.1;
        int exact = 0;
        for (int i = 0; i < 200; i++) {
            d = d * 1.37 + 0.013;
            if (Double.parseDouble(Double.toString(d)) == d) {
                exact++;
            }
        }
        System.out.println("double round trips " + exact);
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Long.decode("#ff"));
        System.out.println(Character.getNumericValue('7') + " " + Character.digit('f', 16) + " " + Character.digit('g', 16) + " " + Character.forDigit(11, 16));
    }
}
