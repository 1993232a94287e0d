package ariadne.loader.push;

import ariadne.magic.Magic;

/**
 * The host push channel: a 16550 UART, polled (COM3 by default: QEMU's third {@code -serial},
 * which the host connects to a socket). Bytes are fed to a {@link FrameDecoder}; replies go
 * back as one text line.
 */
public final class PushPort {
    /** COM3's I/O base. */
    public static final int COM3 = 0x3e8;
    private static final int DATA = 0;
    private static final int INTERRUPT_ENABLE = 1;
    private static final int FIFO_CONTROL = 2;
    private static final int LINE_CONTROL = 3;
    private static final int MODEM_CONTROL = 4;
    private static final int LINE_STATUS = 5;
    private static final int SCRATCH = 7;
    private static final int DATA_READY = 0x01;
    private static final int TRANSMIT_EMPTY = 0x20;
    /** Divisor latch access, then 8 data bits, no parity, one stop bit. */
    private static final int DIVISOR_ACCESS = 0x80;
    private static final int EIGHT_N_ONE = 0x03;

    private final int base;
    private final FrameDecoder decoder = new FrameDecoder();

    public PushPort(int base) {
        this.base = base;
    }

    /** Whether a UART answers at the port (its scratch register keeps a value). */
    public boolean isPresent() {
        Magic.outb(base + SCRATCH, 0x5a);
        return Magic.inb(base + SCRATCH) == 0x5a;
    }

    /** 115200 baud, 8N1, FIFOs on, no UART interrupts: the port is polled. */
    public void initialize() {
        Magic.outb(base + INTERRUPT_ENABLE, 0);
        Magic.outb(base + LINE_CONTROL, DIVISOR_ACCESS);
        Magic.outb(base + DATA, 1);
        Magic.outb(base + INTERRUPT_ENABLE, 0);
        Magic.outb(base + LINE_CONTROL, EIGHT_N_ONE);
        Magic.outb(base + FIFO_CONTROL, 0x07);
        Magic.outb(base + MODEM_CONTROL, 0x03);
    }

    /** Reads what has arrived; returns a complete, verified cell object, or null for now. */
    public byte[] poll() {
        while ((Magic.inb(base + LINE_STATUS) & DATA_READY) != 0) {
            byte[] cell = decoder.accept(Magic.inb(base + DATA));
            if (cell != null) {
                return cell;
            }
        }
        return null;
    }

    /** Why the last frame was dropped, or null. */
    public String problem() {
        return decoder.problem();
    }

    /** Sends {@code line} and a newline back to the host. */
    public void reply(String line) {
        for (int i = 0; i < line.length(); i++) {
            send(line.charAt(i) < 0x80 ? line.charAt(i) : '?');
        }
        send('\n');
    }

    private void send(int b) {
        while ((Magic.inb(base + LINE_STATUS) & TRANSMIT_EMPTY) == 0) {
            Magic.pause();
        }
        Magic.outb(base + DATA, b);
    }
}
