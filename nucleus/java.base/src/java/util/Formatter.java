package java.util;

/**
 * printf-style formatting as the JDK's java.util.Formatter does it in Locale.ROOT/US, for
 * %b %s %h %c %d %o %x %e %f %g %a %n %% with flags, width, precision and argument indexes
 * (date/time conversions, BigInteger, BigDecimal and Formattable are not supported). The whole
 * format string is parsed before anything is printed; an argument that does not fit its
 * conversion is reported after the text before it has been appended, as in the JDK.
 */
public final class Formatter implements java.io.Closeable, java.io.Flushable {
    private final StringBuilder out;

    public Formatter() {
        this(new StringBuilder());
    }

    public Formatter(StringBuilder out) {
        this.out = out;
    }

    /** Every locale there is formats numbers as the root locale does. */
    public Formatter(Locale locale) {
        this();
    }

    public Formatter(StringBuilder out, Locale locale) {
        this(out);
    }

    public Locale locale() {
        return Locale.US;
    }

    public Formatter format(Locale locale, String format, Object... args) {
        return format(format, args);
    }

    public Formatter format(String format, Object... args) {
        ArrayList<Object> pieces = FormatParser.parse(format);
        int last = -1;
        int lastOrdinary = -1;
        for (int i = 0; i < pieces.size(); i++) {
            Object piece = pieces.get(i);
            if (piece instanceof String) {
                out.append((String) piece);
                continue;
            }
            FormatSpecifier spec = (FormatSpecifier) piece;
            if (spec.index == FormatSpecifier.NO_ARGUMENT) {
                FormatConversions.print(spec, out, null);
                continue;
            }
            if (spec.index == FormatSpecifier.PREVIOUS_ARGUMENT) {
                if (last < 0) {
                    throw new MissingFormatArgumentException(spec.toString());
                }
            } else if (spec.index == 0) {
                last = ++lastOrdinary;
            } else {
                last = spec.index - 1;
            }
            if (args != null && last > args.length - 1) {
                throw new MissingFormatArgumentException(spec.toString());
            }
            FormatConversions.print(spec, out, args == null ? null : args[last]);
        }
        return this;
    }

    public StringBuilder out() {
        return out;
    }

    public String toString() {
        return out.toString();
    }

    /** Nothing to flush or release: the text is in a StringBuilder. */
    public void flush() {
    }

    public void close() {
    }
}
