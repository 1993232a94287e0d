package ariadne.runtime;

import ariadne.magic.Magic;

/**
 * The runtime's own output: bytes to COM1 by polling, with no set-up of the UART (the kernel
 * programs it; QEMU's UART also works unprogrammed). Used to report fatal errors.
 */
public final class Console extends TextOutput {

    private static final int COM1 = 0x3f8;
    private static final int LINE_STATUS = 5;
    private static final int TRANSMIT_EMPTY = 0x20;

    public Console() {
    }

    public void writeByte(int value) {
        put(value);
    }

    /** Writes one byte to COM1 once the transmitter can take it; allocates nothing. */
    public static void put(int value) {
        while ((Magic.inb(COM1 + LINE_STATUS) & TRANSMIT_EMPTY) == 0) {
            Magic.pause();
        }
        Magic.outb(COM1, value);
    }
}
