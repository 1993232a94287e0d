package java.util;

/** Thrown by Formatter; the message is the JDK's. */
public class MissingFormatArgumentException extends IllegalFormatException {

    private final String specifier;

    public MissingFormatArgumentException(String specifier) {
        this.specifier = Objects.requireNonNull(specifier);
    }

    public String getFormatSpecifier() {
        return specifier;
    }

    public String getMessage() {
        return "Format specifier '" + specifier + "'";
    }
}
