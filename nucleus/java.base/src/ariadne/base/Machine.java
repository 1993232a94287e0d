package ariadne.base;

import ariadne.magic.Magic;

/** Stopping the machine: QEMU's isa-debug-exit device, then halting for good. */
public final class Machine {

    /** I/O port of isa-debug-exit; writing v makes QEMU exit with status (v << 1) | 1. */
    private static final int DEBUG_EXIT_PORT = 0xf4;

    private Machine() {
    }

    /** Exits QEMU with status {@code (status << 1) | 1}; halts if there is no such device. */
    public static void exitQemu(int status) {
        Magic.outl(DEBUG_EXIT_PORT, status);
        halt();
    }

    /** Disables interrupts and halts forever. */
    public static void halt() {
        Magic.cli();
        while (true) {
            Magic.hlt();
        }
    }
}
