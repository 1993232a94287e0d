package ariadne.interrupts;

import ariadne.magic.Address;

/**
 * The I/O APIC that routes device interrupt lines (GSIs) to vectors. At QEMU's (and the
 * usual PC's) address; ISA IRQ n is GSI n except for the timer, which is unused here.
 */
final class IoApic {
    private static final Address REGISTERS = Address.fromLong(0xFEC0_0000L);
    private static final int SELECT = 0x00;
    private static final int WINDOW = 0x10;
    private static final int VERSION = 0x01;
    private static final int REDIRECTION = 0x10;
    private static final int MASKED = 1 << 16;

    private IoApic() {
    }

    /** Masks every input. */
    static void maskAll() {
        int inputs = ((read(VERSION) >>> 16) & 0xFF) + 1;
        for (int gsi = 0; gsi < inputs; gsi++) {
            write(REDIRECTION + 2 * gsi, MASKED);
        }
    }

    /** Delivers input {@code gsi} (edge triggered, active high) as {@code vector} to local APIC {@code apicId}. */
    static void route(int gsi, int vector, int apicId) {
        write(REDIRECTION + 2 * gsi + 1, apicId << 24);
        write(REDIRECTION + 2 * gsi, vector);
    }

    private static int read(int register) {
        REGISTERS.storeInt(SELECT, register);
        return REGISTERS.loadInt(WINDOW);
    }

    private static void write(int register, int value) {
        REGISTERS.storeInt(SELECT, register);
        REGISTERS.storeInt(WINDOW, value);
    }
}
