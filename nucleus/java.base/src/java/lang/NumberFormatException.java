package java.lang;

public class NumberFormatException extends IllegalArgumentException {

    public NumberFormatException() {
        super();
    }

    public NumberFormatException(String message) {
        super(message);
    }

    /** The JDK's message for text that is not a number: {@code For input string: "x"}. */
    static NumberFormatException forInputString(String s, int radix) {
        String message = "For input string: \"".concat(s).concat("\"");
        if (radix != 10) {
            message = message.concat(" under radix ").concat(Integer.toString(radix));
        }
        return new NumberFormatException(message);
    }
}
