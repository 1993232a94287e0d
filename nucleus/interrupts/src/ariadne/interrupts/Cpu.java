package ariadne.interrupts;

import ariadne.magic.Address;

/** Descriptor tables, CR2 and waiting for interrupts: boot code ({@code ariadne.boot.InterruptPrimitives}). */
public final class Cpu {
    private Cpu() {
    }

    /** {@code lidt}: {@code descriptor} holds a 16-bit limit and a 64-bit base. */
    static native void loadIdt(Address descriptor);

    /** {@code lgdt}: {@code descriptor} holds a 16-bit limit and a 64-bit base. */
    static native void loadGdt(Address descriptor);

    /** {@code ltr}: loads the task register with the TSS descriptor at {@code selector}. */
    static native void loadTaskRegister(int selector);

    /** The address of the last page fault. */
    static native long readCr2();

    /** Enables interrupts and waits for one ({@code sti; hlt}); returns with interrupts enabled. */
    public static native void enableAndHalt();
}
