package java.util;

/** Thrown by Formatter; the message is the JDK's. */
public class IllegalFormatPrecisionException extends IllegalFormatException {

    private final int precision;

    public IllegalFormatPrecisionException(int precision) {
        this.precision = precision;
    }

    public int getPrecision() {
        return precision;
    }

    public String getMessage() {
        return Integer.toString(precision);
    }
}
