package ariadne.interrupts;

import ariadne.magic.Magic;

/** The two 8259 PICs, which the APICs replace: moved off the exception vectors and masked. */
final class LegacyPic {
    private static final int MASTER_COMMAND = 0x20;
    private static final int MASTER_DATA = 0x21;
    private static final int SLAVE_COMMAND = 0xA0;
    private static final int SLAVE_DATA = 0xA1;
    private static final int INIT_WITH_ICW4 = 0x11;
    private static final int MODE_8086 = 0x01;

    private LegacyPic() {
    }

    static void disable() {
        Magic.outb(MASTER_COMMAND, INIT_WITH_ICW4);     // ICW1: start initialisation
        Magic.outb(SLAVE_COMMAND, INIT_WITH_ICW4);
        Magic.outb(MASTER_DATA, Vectors.LEGACY_PIC_BASE);     // ICW2: vector base
        Magic.outb(SLAVE_DATA, Vectors.LEGACY_PIC_BASE + 8);
        Magic.outb(MASTER_DATA, 4);                     // ICW3: slave on IRQ2
        Magic.outb(SLAVE_DATA, 2);                      // ICW3: slave identity
        Magic.outb(MASTER_DATA, MODE_8086);             // ICW4
        Magic.outb(SLAVE_DATA, MODE_8086);
        Magic.outb(MASTER_DATA, 0xFF);                  // mask everything
        Magic.outb(SLAVE_DATA, 0xFF);
    }
}
