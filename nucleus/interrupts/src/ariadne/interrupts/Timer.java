package ariadne.interrupts;

import ariadne.magic.Address;
import ariadne.magic.InterruptHandler;
import ariadne.magic.Magic;
import ariadne.memory.CpuState;
import ariadne.ownership.CellState;

/**
 * Time: the local APIC timer interrupts {@link #HZ} times a second (both it and the TSC are
 * calibrated against the PIT at boot), counting {@link #ticks} and calling the registered
 * {@link TickListener}s from a compiled {@code @InterruptHandler}; {@link #nanosSinceBoot} reads
 * the TSC.
 */
public final class Timer {
    public static final int HZ = 1000;
    private static final int CALIBRATION_MILLIS = 10;
    /** Symbol of {@link #interrupt}, the code the timer vector's gate enters. */
    static final String ENTRY = "ariadne.interrupts.Timer.interrupt(Lariadne/magic/Address;)V";

    @CellState
    private static volatile long ticks;
    @CellState
    private static long tscHz;
    @CellState
    private static TickListener[] listeners = new TickListener[0];

    private Timer() {
    }

    /** Timer interrupts since the timer started. */
    public static long ticks() {
        return ticks;
    }

    /** Nanoseconds since the machine started (by the TSC; 0 before calibration). */
    public static long nanosSinceBoot() {
        if (tscHz == 0) {
            return 0;
        }
        long tsc = Magic.rdtsc();
        return tsc / tscHz * 1_000_000_000L + tsc % tscHz * 1_000_000_000L / tscHz;
    }

    /** TSC counts per second. */
    public static long tscFrequency() {
        return tscHz;
    }

    /** Calls {@code listener} on every tick from now on. */
    public static void addTickListener(TickListener listener) {
        long flags = CpuState.disableInterrupts();
        TickListener[] larger = new TickListener[listeners.length + 1];
        System.arraycopy(listeners, 0, larger, 0, listeners.length);
        larger[listeners.length] = listener;
        listeners = larger;
        CpuState.restoreInterrupts(flags);
    }

    public static void removeTickListener(TickListener listener) {
        long flags = CpuState.disableInterrupts();
        int index = -1;
        for (int i = 0; i < listeners.length; i++) {
            if (listeners[i] == listener) {
                index = i;
            }
        }
        if (index >= 0) {
            TickListener[] smaller = new TickListener[listeners.length - 1];
            System.arraycopy(listeners, 0, smaller, 0, index);
            System.arraycopy(listeners, index + 1, smaller, index, smaller.length - index);
            listeners = smaller;
        }
        CpuState.restoreInterrupts(flags);
    }

    /** Calibrates the TSC and the APIC timer against the PIT, then starts the periodic tick. */
    static void start() {
        LocalApic.startFreeCountdown();
        long tscStart = Magic.rdtsc();
        Pit.waitMillis(CALIBRATION_MILLIS);
        long apicCounts = LocalApic.elapsedCountdown();
        long tscCounts = Magic.rdtsc() - tscStart;
        tscHz = tscCounts * 1000 / CALIBRATION_MILLIS;
        long countsPerTick = Math.max(1, apicCounts * 1000 / CALIBRATION_MILLIS / HZ);
        Idt.installHandler(Vectors.TIMER, Magic.symbolAddress(ENTRY));
        LocalApic.startPeriodic(Vectors.TIMER, countsPerTick);
    }

    /** The timer interrupt, entered by the CPU: acknowledged first, so that a listener may switch tasks. */
    @InterruptHandler(vector = Vectors.TIMER)
    static void interrupt(Address frameAddress) {
        LocalApic.endOfInterrupt();
        ticks++;
        InterruptFrame frame = InterruptDispatcher.frameAt(frameAddress);
        TickListener[] current = listeners;
        for (int i = 0; i < current.length; i++) {
            current[i].onTick(frame);
        }
    }
}
