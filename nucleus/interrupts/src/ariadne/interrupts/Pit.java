package ariadne.interrupts;

import ariadne.magic.Magic;

/** The 8254 PIT's channel 2 as a known clock (1.193182 MHz) for calibrating the others. */
final class Pit {
    static final long FREQUENCY = 1_193_182;
    private static final int CHANNEL_2 = 0x42;
    private static final int COMMAND = 0x43;
    private static final int CHANNEL_2_ONE_SHOT = 0xB0; // channel 2, low then high byte, mode 0, binary
    private static final int SPEAKER_PORT = 0x61;
    private static final int GATE = 0x01;
    private static final int SPEAKER = 0x02;
    private static final int OUTPUT = 0x20;

    private Pit() {
    }

    /** Busy-waits {@code millis} milliseconds (at most 54) by the PIT. */
    static void waitMillis(int millis) {
        int count = (int) (FREQUENCY * millis / 1000);
        Magic.outb(SPEAKER_PORT, (Magic.inb(SPEAKER_PORT) & ~SPEAKER) | GATE);
        Magic.outb(COMMAND, CHANNEL_2_ONE_SHOT);
        Magic.outb(CHANNEL_2, count & 0xFF);
        Magic.outb(CHANNEL_2, (count >> 8) & 0xFF); // counting starts; OUT rises at zero
        while ((Magic.inb(SPEAKER_PORT) & OUTPUT) == 0) {
            Magic.pause();
        }
    }
}
