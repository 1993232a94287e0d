package ariadne.interrupts;

import ariadne.base.SerialPort;
import ariadne.magic.InterruptHandler;
import ariadne.magic.Magic;
import ariadne.memory.CpuState;
import ariadne.ownership.CellState;

/**
 * Bytes received on COM1, taken by its interrupt (ISA IRQ 4 through the I/O APIC, a compiled
 * {@code @InterruptHandler}) into a ring buffer; when the buffer is full, further bytes are dropped and counted.
 */
public final class SerialInput {
    private static final int IRQ = 4;
    private static final int VECTOR = Vectors.DEVICE_BASE + IRQ;
    /** Symbol of {@link #interrupt}, the code the vector's gate enters. */
    static final String ENTRY = "ariadne.interrupts.SerialInput.interrupt()V";
    private static final int DATA = 0;
    private static final int INTERRUPT_ENABLE = 1;
    private static final int MODEM_CONTROL = 4;
    private static final int LINE_STATUS = 5;
    private static final int RECEIVED_DATA_AVAILABLE = 0x01;
    /** MCR OUT2: gates the UART's interrupt line on PCs. */
    private static final int OUT2 = 0x08;
    private static final int LOOPBACK = 0x10;
    private static final int CAPACITY = 4096;

    @CellState
    private static final byte[] buffer = new byte[CAPACITY];
    @CellState
    private static int head;
    @CellState
    private static int count;
    @CellState
    private static long dropped;
    @CellState
    private static long interrupts;

    private SerialInput() {
    }

    static void start() {
        Idt.installHandler(VECTOR, Magic.symbolAddress(ENTRY));
        IoApic.route(IRQ, VECTOR, LocalApic.id());
        int base = SerialPort.COM1;
        Magic.outb(base + MODEM_CONTROL, Magic.inb(base + MODEM_CONTROL) | OUT2);
        Magic.outb(base + INTERRUPT_ENABLE, RECEIVED_DATA_AVAILABLE);
        drain(); // bytes that arrived before the interrupt was enabled raise none
    }

    /** The next received byte (0-255), or -1 if none is waiting. */
    public static int read() {
        long flags = CpuState.disableInterrupts();
        int b = -1;
        if (count > 0) {
            b = buffer[head] & 0xFF;
            head = (head + 1) % CAPACITY;
            count--;
        }
        CpuState.restoreInterrupts(flags);
        return b;
    }

    /** Bytes waiting to be read. */
    public static int available() {
        return count;
    }

    /** Receive interrupts taken so far. */
    public static long interruptCount() {
        return interrupts;
    }

    public static long droppedBytes() {
        return dropped;
    }

    /**
     * Puts COM1 in (or out of) loopback: what it sends comes back as received bytes, through the
     * interrupt, instead of leaving the machine. For tests.
     */
    public static void setLoopback(boolean on) {
        int base = SerialPort.COM1;
        int control = Magic.inb(base + MODEM_CONTROL);
        Magic.outb(base + MODEM_CONTROL, on ? control | LOOPBACK : control & ~LOOPBACK);
    }

    /** Takes every byte the UART holds. Interrupts off. */
    private static void drain() {
        int base = SerialPort.COM1;
        while ((Magic.inb(base + LINE_STATUS) & RECEIVED_DATA_AVAILABLE) != 0) {
            int b = Magic.inb(base + DATA);
            if (count < CAPACITY) {
                buffer[(head + count) % CAPACITY] = (byte) b;
                count++;
            } else {
                dropped++;
            }
        }
    }

    /** COM1's receive interrupt, entered by the CPU. */
    @InterruptHandler(vector = VECTOR)
    static void interrupt() {
        LocalApic.endOfInterrupt();
        interrupts++;
        drain();
    }
}
