package ariadne.kernel.serial;

import ariadne.base.SerialPort;
import ariadne.magic.Magic;

/**
 * The 16550 UART driver: programs the line for 115200 baud, 8 data bits, no parity, one stop
 * bit, FIFOs on; sending (polling for an empty transmitter) is {@link SerialPort}'s.
 */
public final class Serial16550 extends SerialPort {

    private static final int DIVISOR_LOW = 0;      // with DLAB set
    private static final int INTERRUPT_ENABLE = 1; // divisor high byte with DLAB set
    private static final int FIFO_CONTROL = 2;
    private static final int LINE_CONTROL = 3;
    private static final int MODEM_CONTROL = 4;

    private static final int DIVISOR_LATCH_ACCESS = 0x80;
    private static final int EIGHT_BITS_NO_PARITY_ONE_STOP = 0x03;
    /** Enable the FIFOs, clear both, interrupt threshold 14 bytes. */
    private static final int FIFO_ENABLE_CLEAR_14 = 0xc7;
    private static final int DATA_TERMINAL_READY_AND_REQUEST_TO_SEND = 0x03;
    /** The UART clock is 1.8432 MHz / 16 = 115200 baud at divisor 1. */
    private static final int DIVISOR_115200 = 1;

    public Serial16550(int base) {
        super(base);
    }

    /** Programs the line: no interrupts, 115200 8N1, FIFOs on. */
    public void initialize() {
        Magic.outb(base + INTERRUPT_ENABLE, 0);
        Magic.outb(base + LINE_CONTROL, DIVISOR_LATCH_ACCESS);
        Magic.outb(base + DIVISOR_LOW, DIVISOR_115200 & 0xff);
        Magic.outb(base + INTERRUPT_ENABLE, DIVISOR_115200 >> 8);
        Magic.outb(base + LINE_CONTROL, EIGHT_BITS_NO_PARITY_ONE_STOP);
        Magic.outb(base + FIFO_CONTROL, FIFO_ENABLE_CLEAR_14);
        Magic.outb(base + MODEM_CONTROL, DATA_TERMINAL_READY_AND_REQUEST_TO_SEND);
    }
}
