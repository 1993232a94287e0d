package ariadne.runtime;

import ariadne.base.Machine;
import ariadne.base.SerialPort;

/** The last resort when the runtime cannot go on: a message on COM1, QEMU exit 1. */
public final class Fatal {

    private Fatal() {
    }

    /** Prints {@code reason} and {@code detail} (ASCII) without allocating, then stops. */
    public static void stop(String reason, String detail) {
        putAscii("\nAriadne: fatal: ");
        putAscii(reason);
        putAscii(detail);
        SerialPort.put(SerialPort.COM1, '\n');
        Machine.exitQemu(1);
    }

    private static void putAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            SerialPort.put(SerialPort.COM1, text.charAt(i));
        }
    }
}
