package conformance.uncaught_with_cause;

/** An exception with a cause escapes main through nested finally blocks: they all run, then the status is 1. */
public class Main {
    static class ConfigError extends RuntimeException {
        ConfigError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } finally {
            System.out.println("parse finally " + s);
        }
    }

    static int load(String[] values) {
        int total = 0;
        for (String v : values) {
            try {
                total += parse(v);
            } catch (NumberFormatException e) {
                throw new ConfigError("bad value " + v, e);
            } finally {
                System.out.println("load finally total=" + total);
            }
        }
        return total;
    }

    public static void main(String[] args) {
        System.out.println("sum " + load(new String[] {"1", "20", "300"}));
        try {
            System.out.println("sum " + load(new String[] {"4", "x5", "6"}));
        } finally {
            System.out.println("main finally");
            System.out.flush();
        }
        System.out.println("not reached");
    }
}
