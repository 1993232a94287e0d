package ariadne.task;

import ariadne.interrupts.Timer;
import ariadne.magic.Magic;

/** Time for sleeping: the time-stamp counter, at the rate the timer calibrated at boot. */
final class Clock {
    private Clock() {
    }

    static long now() {
        return Magic.rdtsc();
    }

    static long ticksPerMillisecond() {
        return Math.max(1, Timer.tscFrequency() / 1000);
    }
}
