package conformance.format_printf;

import java.util.Formatter;
import java.util.IllegalFormatConversionException;
import java.util.Locale;

/**
 * String.format, String.formatted and System.out.printf over every supported conversion, flag,
 * width, precision and argument index, the rounding cases of %e %f %g, and the exception each
 * bad format or argument gives (class and message).
 */
public class Main {
    static int caught;

    static void show(String format, Object... args) {
        try {
            System.out.println(format + " => [" + String.format(format, args) + "]");
        } catch (IllegalArgumentException e) {
            caught++;
            System.out.println(format + " => " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static void integers() {
        Object[] values = {0, 7, -7, 255, -255, 1234567, Integer.MIN_VALUE, Integer.MAX_VALUE, 1L << 40,
            Long.MIN_VALUE, Long.MAX_VALUE, (byte) -1, (byte) 100, (short) -2, (short) 30000};
        String[] formats = {"%d", "%5d", "%-6d|", "%06d", "%+d", "% d", "%,d", "%(d", "%+,(12d", "%x", "%X",
            "%#x", "%#10X", "%010x", "%o", "%#o", "%-#12o|", "%08o"};
        for (String format : formats) {
            StringBuilder line = new StringBuilder(format).append(':');
            for (Object value : values) {
                line.append(' ').append(String.format(format, value));
            }
            System.out.println(line);
        }
    }

    static void floats() {
        double[] values = {0.0, -0.0, 0.125, 0.15, 0.5, 1.5, 2.5, -2.5, 1e-5, 123.456, -98765.4321, 0.9999995,
            99999.95, 1e7, 6.02214076e23, 1e300, Double.MAX_VALUE, Double.MIN_VALUE, 1.0 / 3,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        String[] formats = {"%f", "%.0f", "%.1f", "%.2f", "%#.0f", "%12.3f", "%-12.3f|", "%012.3f", "%+.3f",
            "%(,.2f", "%e", "%.0e", "%.3E", "%+12.2e", "%g", "%.1g", "%.3G", "%12.4g", "%a", "%.3a", "%A"};
        for (String format : formats) {
            StringBuilder line = new StringBuilder(format).append(':');
            for (double value : values) {
                if (format.equals("%f") && Math.abs(value) > 1e30 && !Double.isInfinite(value)) {
                    continue; // 300 digits: shown once below
                }
                line.append(' ').append(String.format(format, value));
            }
            System.out.println(line);
        }
        System.out.println(String.format("%.3f", 1e300).length());
        float[] singles = {0.1f, -3.75f, 1e20f, Float.MIN_VALUE, 16777216f, 0.3f};
        for (float value : singles) {
            System.out.printf("float %s: %f %.3e %g %a%n", value, value, value, value, value);
        }
    }

    static void text() {
        show("%s|%S|%10s|%-10s|%.3s|%-8.2S|", "ariadne", "thread", "maze", "minotaur", "labyrinth", "crete");
        show("%b %B %b %b %5b %.1b", true, false, null, "x", true, false);
        show("%c %c %C %c %3c|%-3c|", 'a', 65, 'z', (short) 0x7e, 'q', 'r');
        System.out.println("supplementary %c: " + String.format("%c", 0x1F600).length() + " chars");
        show("%h %H %h", "thread", 12345, null);
        show("%s %s %s", null, 42, 3.5);
        show("100%% of %d%n", 7);
        show("%2$s %1$s %2$s", "first", "second");
        show("%s %<s %s %<S", "a", "b");
        show("%3$d-%1$d-%d-%d", 1, 2, 3);
        show("%-5%|%5%|");
        System.out.println("%08.3f|%-+8d|%s".formatted(-3.14159, 42, "formatted"));
        System.out.printf("%s has %d cells and %.1f%% free%n", "nucleus", 12, 37.25);
        System.out.format("%5s|%-5s|%05d%n", "ab", "cd", 42);
        System.out.println(String.format(Locale.US, "%,.3f|%,d", 1234567.8915, -9876543));
        System.out.printf(Locale.ROOT, "%s %S%n", Locale.US, "root".toUpperCase(Locale.ROOT));
        System.out.println(new Formatter(Locale.UK).format(Locale.ENGLISH, "%08.2f", -2.345).toString()
                + " " + "MiXeD".toLowerCase(Locale.ROOT));
    }

    static void errors() {
        show("%d", "text");
        show("%f", 3);
        show("%c", 3.0);
        show("%x", 'c');
        show("%s %s", "one");
        show("%<s", "x");
        show("%3$s", "a", "b");
        show("%q", 1);
        show("abc%");
        show("%.f", 1.0);
        show("%-d", 5);
        show("%05s", "x");
        show("%+ d", 5);
        show("%-05d", 5);
        show("%#d", 5);
        show("%,x", 5);
        show("%(x", 5);
        show("%+o", 5);
        show("%#b", true);
        show("%#s", "x");
        show("%.2c", 'c');
        show("%.2d", 5);
        show("%,e", 1.0);
        show("%#g", 1.0);
        show("%(a", 1.0);
        show("%--5d", 5);
        show("%c", 0x110000);
        show("%c", -1);
        show("%0$s", "x");
        show("%5n");
        show("%-n");
        show("%,%");
        show("%D", 1);
        System.out.println("caught " + caught);
        try {
            System.out.printf("partial %d then %d%n", 1, "two");
        } catch (IllegalFormatConversionException e) {
            System.out.println();
            System.out.println("printf stopped: " + e.getMessage() + " (" + e.getConversion() + ", "
                    + e.getArgumentClass().getName() + ")");
        }
    }

    public static void main(String[] args) {
        integers();
        floats();
        text();
        errors();
    }
}
