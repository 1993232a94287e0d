package ariadne.task;

import ariadne.magic.Magic;

/**
 * Time for sleeping: the time-stamp counter, whose rate is measured once against the PIT the
 * first time a task sleeps (under {@code -icount shift=0} it counts guest instructions, 1 GHz).
 */
final class Clock {
    private static final int PIT_HZ = 1193182;
    private static final int CALIBRATION_MS = 10;
    private static final int PIT_COMMAND = 0x43;
    private static final int PIT_CHANNEL_2 = 0x42;
    /** Port B of the keyboard controller: bit 0 gates PIT channel 2, bit 1 drives the speaker, bit 5 reads channel 2's output. */
    private static final int PORT_B = 0x61;
    private static final int GATE_2 = 0x01;
    private static final int SPEAKER = 0x02;
    private static final int OUTPUT_2 = 0x20;
    /** Channel 2, low byte then high byte, mode 0 (output goes high at terminal count), binary. */
    private static final int ONE_SHOT_ON_CHANNEL_2 = 0xB0;

    private static long ticksPerMillisecond;

    private Clock() {
    }

    static long now() {
        return Magic.rdtsc();
    }

    static long ticksPerMillisecond() {
        if (ticksPerMillisecond == 0) {
            ticksPerMillisecond = calibrate();
        }
        return ticksPerMillisecond;
    }

    /** Counts time-stamp ticks while PIT channel 2 counts down {@link #CALIBRATION_MS}. */
    private static long calibrate() {
        int count = PIT_HZ / 1000 * CALIBRATION_MS;
        int portB = Magic.inb(PORT_B);
        Magic.outb(PORT_B, (portB & ~SPEAKER) | GATE_2);
        Magic.outb(PIT_COMMAND, ONE_SHOT_ON_CHANNEL_2);
        Magic.outb(PIT_CHANNEL_2, count & 0xff);
        Magic.outb(PIT_CHANNEL_2, count >>> 8);
        long start = Magic.rdtsc();
        while ((Magic.inb(PORT_B) & OUTPUT_2) == 0) {
            Magic.pause();
        }
        long ticks = Magic.rdtsc() - start;
        Magic.outb(PORT_B, portB);
        return Math.max(1, ticks / CALIBRATION_MS);
    }
}
