package conformance.uncaught_custom;

/**
 * Ends with an uncaught custom exception thrown through several frames: the program's status is 1
 * (HotSpot's stack trace goes to stderr, which the suite does not compare); finally blocks run
 * while the exception passes.
 */
public class Main {
    static class ValidationException extends RuntimeException {
        ValidationException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static int parsePositive(String text) {
        int value = Integer.parseInt(text);
        if (value <= 0) {
            throw new IllegalArgumentException("not positive: " + value);
        }
        return value;
    }

    static int validate(String text) {
        try {
            return parsePositive(text);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("invalid input " + text, e);
        } finally {
            System.out.println("validated " + text);
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"12", "7", "-3", "99"};
        int sum = 0;
        for (String input : inputs) {
            sum += validate(input);
            System.out.println("sum so far " + sum);
        }
        System.out.println("not reached " + sum);
    }
}
