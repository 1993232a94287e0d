package ariadne.base;

import ariadne.magic.Magic;
import java.io.OutputStream;

/**
 * Bytes out of a 16550-compatible serial port by polling. It does not program the line (the
 * kernel's driver does; QEMU's ports also work unprogrammed), so it can be used from the first
 * instruction on, e.g. by System.out.
 */
public class SerialPort extends OutputStream {

    public static final int COM1 = 0x3f8;
    public static final int COM2 = 0x2f8;

    private static final int DATA = 0;
    private static final int LINE_STATUS = 5;
    private static final int SCRATCH = 7;
    private static final int TRANSMIT_HOLDING_EMPTY = 0x20;

    /** I/O port of the UART's first register. */
    protected final int base;

    public SerialPort(int base) {
        this.base = base;
    }

    /** Waits until the transmitter holding register is empty, then sends the low 8 bits. */
    public void write(int b) {
        put(base, b);
    }

    /** Sends one byte to the UART at {@code base} without an object (for last-resort messages). */
    public static void put(int base, int b) {
        while ((Magic.inb(base + LINE_STATUS) & TRANSMIT_HOLDING_EMPTY) == 0) {
            Magic.pause();
        }
        Magic.outb(base + DATA, b);
    }

    /** Whether a UART answers at {@code base}: its scratch register keeps what is written. */
    public static boolean isPresent(int base) {
        Magic.outb(base + SCRATCH, 0x5a);
        if (Magic.inb(base + SCRATCH) != 0x5a) {
            return false;
        }
        Magic.outb(base + SCRATCH, 0xa5);
        return Magic.inb(base + SCRATCH) == 0xa5;
    }
}
