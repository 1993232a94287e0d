package java.util;

/** Thrown by Formatter; the message is the JDK's. */
public class UnknownFormatConversionException extends IllegalFormatException {

    private final String conversion;

    public UnknownFormatConversionException(String conversion) {
        this.conversion = Objects.requireNonNull(conversion);
    }

    public String getConversion() {
        return conversion;
    }

    public String getMessage() {
        return "Conversion = '" + conversion + "'";
    }
}
