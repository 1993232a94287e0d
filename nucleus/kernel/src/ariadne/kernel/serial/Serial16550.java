package ariadne.kernel.serial;

import ariadne.magic.Magic;
import ariadne.runtime.TextOutput;

/** A 16550 UART driven by polling: 115200 baud, 8 data bits, no parity, 1 stop bit, FIFO on. */
public final class Serial16550 extends TextOutput {

    public static final int COM1 = 0x3f8;

    private static final int DATA = 0;            // THR on write; divisor low byte with DLAB
    private static final int INTERRUPT_ENABLE = 1; // divisor high byte with DLAB
    private static final int FIFO_CONTROL = 2;
    private static final int LINE_CONTROL = 3;
    private static final int MODEM_CONTROL = 4;
    private static final int LINE_STATUS = 5;

    private static final int DIVISOR_LATCH_ACCESS = 0x80;
    private static final int EIGHT_BITS_NO_PARITY_ONE_STOP = 0x03;
    /** Enable the FIFOs, clear both, interrupt threshold 14 bytes. */
    private static final int FIFO_ENABLE_CLEAR_14 = 0xc7;
    private static final int DATA_TERMINAL_READY_AND_REQUEST_TO_SEND = 0x03;
    private static final int TRANSMIT_HOLDING_EMPTY = 0x20;
    /** The UART clock is 1.8432 MHz / 16 = 115200 baud at divisor 1. */
    private static final int DIVISOR_115200 = 1;

    private final int port;

    public Serial16550(int port) {
        this.port = port;
    }

    /** Programs the line: no interrupts, 115200 8N1, FIFOs on. */
    public void initialize() {
        Magic.outb(port + INTERRUPT_ENABLE, 0);
        Magic.outb(port + LINE_CONTROL, DIVISOR_LATCH_ACCESS);
        Magic.outb(port + DATA, DIVISOR_115200 & 0xff);
        Magic.outb(port + INTERRUPT_ENABLE, DIVISOR_115200 >> 8);
        Magic.outb(port + LINE_CONTROL, EIGHT_BITS_NO_PARITY_ONE_STOP);
        Magic.outb(port + FIFO_CONTROL, FIFO_ENABLE_CLEAR_14);
        Magic.outb(port + MODEM_CONTROL, DATA_TERMINAL_READY_AND_REQUEST_TO_SEND);
    }

    /** Waits until the transmitter holding register is empty, then sends one byte. */
    public void writeByte(int value) {
        while ((Magic.inb(port + LINE_STATUS) & TRANSMIT_HOLDING_EMPTY) == 0) {
            Magic.pause();
        }
        Magic.outb(port + DATA, value);
    }
}
