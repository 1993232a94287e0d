package hostcheck.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Formats thousands of format/argument combinations with the dialect's Formatter (copied into
 * this package) and with java.util.Formatter in Locale.ROOT, and compares the text or the
 * exception (simple class name and message). Date/time conversions (%t, %T) are not supported
 * by the dialect and not compared. Exit status 0 = equal.
 */
public final class FormatterCheck {
    private static final String[] FLAG_SETS = {"", "-", "#", "+", " ", "0", ",", "(", "-#", "+,", "0,", "(,", "+(",
        " 0", "-+", "#0", "0(", "-,(", "+0,", "--", "+ "};
    private static final String[] WIDTHS = {"", "1", "7", "14"};
    private static final String[] PRECISIONS = {"", ".0", ".1", ".3", ".12"};
    private static final String CONVERSIONS = "bBsShHcCdoxXeEfgGaA%n";

    private int compared;
    private int failures;
    private String lastFailedFormat;

    public static void main(String[] args) {
        FormatterCheck check = new FormatterCheck();
        check.everySpecifierShape();
        check.randomDoubles();
        check.indexesAndBadFormats();
        System.out.println("formatter: " + check.compared + " format/argument combinations compared, "
                + check.failures + " differ");
        System.exit(check.failures == 0 ? 0 : 1);
    }

    private static List<Object> sampleArguments() {
        List<Object> values = new ArrayList<>(List.of(0, 1, -1, 42, -42, 1234567, -1234567, Integer.MAX_VALUE,
                Integer.MIN_VALUE, 0L, 1L << 40, -(1L << 40), Long.MAX_VALUE, Long.MIN_VALUE, (byte) -1, (byte) 127,
                (byte) -128, (short) -1, (short) 12345, (short) -32768, 'a', 'Z', '\u00e9', 0x1F600, -5, 0x110000,
                true, false, "text", "", "Mixed Case", 0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.15,
                0.05, 1e-5, 123.456, -123.456, 9.999999, 0.9999995, 99999.95, 1e7, 1.2345678e10, 1e300,
                Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 4.9e-300, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1f, -3.75f, 1e20f, Float.MIN_VALUE,
                Float.NaN, 1.0 / 3, 2.0 / 3, 1234.5, 0.000123456, 5e-5, 9.5, 0.95, 0.0095));
        values.add(null);
        return values;
    }

    private void everySpecifierShape() {
        List<Object> values = sampleArguments();
        for (char conversion : CONVERSIONS.toCharArray()) {
            for (String flags : FLAG_SETS) {
                for (String width : WIDTHS) {
                    for (String precision : PRECISIONS) {
                        String format = "[%" + flags + width + precision + conversion + "]";
                        for (Object value : values) {
                            compare(format, value);
                        }
                    }
                }
            }
        }
    }

    private void randomDoubles() {
        Random random = new Random(20261125);
        String[] formats = {"%e", "%.0e", "%.3e", "%.16e", "%f", "%.0f", "%.2f", "%.10f", "%g", "%.1g", "%.4g",
            "%.17g", "%a", "%.1a", "%.5a", "%.13a", "%,.3f", "%+15.4e", "%-20.8g", "%012.3f"};
        for (int i = 0; i < 4000; i++) {
            double value = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
                case 2 -> Math.round(random.nextDouble() * 100000) / Math.pow(10, random.nextInt(8));
                default -> (float) (random.nextGaussian() * 1000);
            };
            for (String format : formats) {
                compare(format, value);
                compare(format, (float) value);
            }
        }
    }

    private void indexesAndBadFormats() {
        String[] formats = {"%2$s %1$s", "%s %<s %s", "%<s", "%3$s", "%s %s %s %s", "%1$s %s %s", "%0$s",
            "%99999999999$s", "%", "abc%", "%q", "%.f", "%5", "%-", "%1$", "%,%", "%-%", "%-5%|", "%5n", "%-n",
            "% n", "%.2n", "%.2%", "%#b", "%#h", "%#s", "%#c", "%(s", "%0s", "%+c", "%.3c", "%-c", "%,x", "%(x",
            "%+o", "% x", "%#d", "%.2d", "%,a", "%(a", "%#g", "%,e", "%0d", "%-d", "%+ d", "%-05d", "%--5d",
            "%00d", "%D", "%F", "%99999999999d", "%.99999999999f", "%s%n%s", "%%%d%%", "%10.4s|",
            "%-10S|", "%2$d %1$x %<o", "%c%c", "%b %B", "%h", "%1$s %1$S %1$.2s", "%,d", "%(,d", "%+,d"};
        Object[][] argumentSets = {{}, {"one"}, {"one", "two", "three"}, {12, -7, 255}, {-1234567, 'x'},
            {65, 0x10FFFF}, {null, null}, {true, null}};
        for (String format : formats) {
            for (Object[] arguments : argumentSets) {
                compareAll(format, arguments);
            }
            compareAll(format, (Object[]) null);
        }
    }

    private void compare(String format, Object value) {
        compareAll(format, new Object[] {value});
    }

    private void compareAll(String format, Object[] arguments) {
        String expected = outcome(() -> new java.util.Formatter(java.util.Locale.ROOT).format(format, arguments)
                .toString());
        String actual = outcome(() -> new Formatter().format(format, arguments).toString());
        compared++;
        if (!expected.equals(actual)) {
            failures++;
            if (failures <= 40 && !format.equals(lastFailedFormat)) {
                lastFailedFormat = format;
                System.out.println("differs: format \"" + format + "\" arguments " + describe(arguments)
                        + "\n  JDK:     " + expected + "\n  dialect: " + actual);
            }
        }
    }

    private static String describe(Object[] arguments) {
        if (arguments == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder("(");
        for (Object argument : arguments) {
            text.append(argument == null ? "null" : argument.getClass().getSimpleName() + " " + argument).append(", ");
        }
        return text.append(")").toString();
    }

    private static String outcome(Supplier<String> formatting) {
        try {
            return "text [" + formatting.get() + "]";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
