package ariadne.runtime;

/** The last resort when the runtime cannot go on: a message on the console, QEMU exit 1. */
public final class Fatal {

    private Fatal() {
    }

    /** Prints {@code reason} and {@code detail} (ASCII) without allocating, then stops. */
    public static void stop(String reason, String detail) {
        putAscii("\nAriadne: fatal: ");
        putAscii(reason);
        putAscii(detail);
        Console.put('\n');
        Machine.exitQemu(1);
    }

    private static void putAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            Console.put(text.charAt(i));
        }
    }
}
