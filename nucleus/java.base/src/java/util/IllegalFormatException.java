package java.util;

/** Base of the exceptions Formatter throws for a bad format string or a mismatched argument. */
public class IllegalFormatException extends IllegalArgumentException {

    IllegalFormatException() {
    }
}
