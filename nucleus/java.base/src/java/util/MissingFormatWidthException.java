package java.util;

/** Thrown by Formatter; the message is the JDK's. */
public class MissingFormatWidthException extends IllegalFormatException {

    private final String specifier;

    public MissingFormatWidthException(String specifier) {
        this.specifier = Objects.requireNonNull(specifier);
    }

    public String getFormatSpecifier() {
        return specifier;
    }

    public String getMessage() {
        return specifier;
    }
}
