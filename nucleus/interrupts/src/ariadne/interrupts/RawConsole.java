package ariadne.interrupts;

import ariadne.base.SerialPort;

/**
 * Text on COM1 without allocating or locking: for reports from fault handlers, which may run
 * when the heap or the console's own state cannot be trusted.
 */
final class RawConsole {
    private static final String HEX_DIGITS = "0123456789abcdef";

    private RawConsole() {
    }

    static void print(String text) {
        for (int i = 0; i < text.length(); i++) {
            SerialPort.put(SerialPort.COM1, text.charAt(i));
        }
    }

    static void printByte(int b) {
        SerialPort.put(SerialPort.COM1, b);
    }

    /** {@code 0x} and 16 hex digits. */
    static void printHex(long value) {
        print("0x");
        for (int shift = 60; shift >= 0; shift -= 4) {
            SerialPort.put(SerialPort.COM1, HEX_DIGITS.charAt((int) ((value >>> shift) & 15)));
        }
    }

    static void printDecimal(long value) {
        if (value < 0) {
            print("-");
            value = -value;
        }
        long divisor = 1;
        while (value / divisor >= 10) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            SerialPort.put(SerialPort.COM1, '0' + (int) ((value / divisor) % 10));
        }
    }

    static void newline() {
        SerialPort.put(SerialPort.COM1, '\n');
    }
}
