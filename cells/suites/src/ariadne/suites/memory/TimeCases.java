package ariadne.suites.memory;

import ariadne.base.SerialPort;
import ariadne.interrupts.InterruptFrame;
import ariadne.interrupts.Interrupts;
import ariadne.interrupts.SerialInput;
import ariadne.interrupts.TickListener;
import ariadne.interrupts.Timer;
import ariadne.interrupts.Vectors;
import ariadne.magic.Magic;
import ariadne.memory.CpuState;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/**
 * The calibrated timer, tick listeners, time since boot, and serial input by interrupt; the timer
 * and COM1 vectors enter compiled {@code @InterruptHandler}s, which keep the interrupted code's
 * registers (general and SSE) intact.
 */
final class TimeCases {
    private static final String TIMER_HANDLER = "ariadne.interrupts.Timer.interrupt(Lariadne/magic/Address;)V";
    private static final String SERIAL_HANDLER = "ariadne.interrupts.SerialInput.interrupt()V";
    private static final int SERIAL_VECTOR = Vectors.DEVICE_BASE + 4;
    private static final int ARITHMETIC_ROUNDS = 200_000;
    private static final long KERNEL_CODE_SELECTOR = 0x08;

    private TimeCases() {
    }

    /** Uses the SSE registers (xmm0, xmm1) and the scratch general registers on every tick, inside the interrupt. */
    private static final class ClobberingListener extends TickListener {
        volatile double sink = 1.0;
        volatile long calls;
        volatile int vector = -1;
        volatile long codeSegment;
        volatile boolean interruptsWereEnabled;

        @Override
        public void onTick(InterruptFrame frame) {
            vector = frame.vector();
            codeSegment = frame.codeSegment();
            interruptsWereEnabled = frame.interruptsWereEnabled();
            double x = sink;
            for (int i = 0; i < 8; i++) {
                x = x * 1.5 + 0.25 / (i + 1);
            }
            sink = x > 1e6 ? 1.0 : x;
            calls++;
        }
    }

    /**
     * Double and long arithmetic whose templates hold values in xmm0/xmm1 and rax..rsi between
     * instructions; every intermediate double goes into the checksum, so one value damaged by an
     * interrupt changes the result (the recurrence alone would forget it).
     */
    private static long arithmetic(int rounds) {
        double d = 0.5;
        long l = 7;
        long checksum = 0;
        for (int i = 0; i < rounds; i++) {
            d = d * 1.000001 + (i & 7) * 0.125 - d / 3.0;
            l = l * 31 + (l >>> 7) + i;
            checksum = checksum * 33 + Double.doubleToRawLongBits(d);
        }
        return checksum ^ l;
    }

    /** Counts the ticks it sees. */
    private static final class CountingListener extends TickListener {
        volatile long count;

        @Override
        public void onTick(InterruptFrame frame) {
            count++;
        }
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("timerAndSerialVectorsEnterCompiledInterruptHandlers") {
            @Override
            protected void run() {
                Check.equal(Magic.symbolAddress(TIMER_HANDLER).toLong(), Interrupts.entryOf(Vectors.TIMER),
                        "the timer gate enters Timer.interrupt");
                Check.equal(Magic.symbolAddress(SERIAL_HANDLER).toLong(), Interrupts.entryOf(SERIAL_VECTOR),
                        "the COM1 gate enters SerialInput.interrupt");
                Check.isTrue(Interrupts.entryOf(Vectors.PAGE_FAULT) != Interrupts.entryOf(Vectors.TIMER),
                        "faults keep their own entry");
            }
        });
        cases.add(new TestCase("interruptedCodeKeepsItsRegisters") {
            @Override
            // sound: the timer keeps the listener only until removeTickListener at the end of this case; the listener only writes its own fields
            @SuppressWarnings("ownership:cell.boundary.shared")
            protected void run() {
                long flags = CpuState.disableInterrupts();
                long quiet = arithmetic(ARITHMETIC_ROUNDS);
                CpuState.restoreInterrupts(flags);
                ClobberingListener listener = new ClobberingListener();
                Timer.addTickListener(listener);
                long ticks = Timer.ticks();
                long deadline = Magic.rdtsc() + 10 * Timer.tscFrequency();
                int runs = 0;
                do {
                    Check.equal(quiet, arithmetic(ARITHMETIC_ROUNDS), "same result with timer interrupts as without, run " + runs);
                    runs++;
                } while (Timer.ticks() < ticks + 20 && Magic.rdtsc() < deadline);
                Timer.removeTickListener(listener);
                Check.isTrue(listener.calls >= 20, "the SSE-using listener ran inside twenty timer interrupts: " + listener.calls);
                Check.equal(Vectors.TIMER, listener.vector, "the handler's frame names the timer vector");
                Check.equal(KERNEL_CODE_SELECTOR, listener.codeSegment, "the frame holds what the CPU pushed: cs");
                Check.isTrue(listener.interruptsWereEnabled, "and rflags: the loop ran with interrupts on");
            }
        });
        cases.add(new TestCase("timerTicksWhileALoopRuns") {
            @Override
            protected void run() {
                long ticks = Timer.ticks();
                long nanos = Timer.nanosSinceBoot();
                long deadline = Magic.rdtsc() + Timer.tscFrequency(); // at most a second
                long spins = 0;
                while (Timer.ticks() < ticks + 5 && Magic.rdtsc() < deadline) {
                    spins++;
                }
                Check.isTrue(Timer.ticks() >= ticks + 5, "five ticks while the loop ran");
                long elapsed = Timer.nanosSinceBoot() - nanos;
                // Five ticks span at least four 1 ms periods; the clock is the TSC calibrated against
                // the PIT, which under a loaded TCG host can be off by a few per cent: allow a quarter.
                Check.isTrue(elapsed >= 3_000_000L, "time since boot advanced with the ticks: " + elapsed + " ns");
                Check.isTrue(spins > 0, "the loop ran");
            }
        });
        cases.add(new TestCase("tickListenersAreCalled") {
            @Override
            // sound: the timer keeps the listener only until removeTickListener at the end of this case; the listener only writes its own fields
            @SuppressWarnings("ownership:cell.boundary.shared")
            protected void run() {
                CountingListener listener = new CountingListener();
                Timer.addTickListener(listener);
                long deadline = Magic.rdtsc() + Timer.tscFrequency();
                while (listener.count < 3 && Magic.rdtsc() < deadline) {
                    Magic.pause();
                }
                Timer.removeTickListener(listener);
                Check.isTrue(listener.count >= 3, "the listener saw three ticks");
                long seen = listener.count;
                long ticks = Timer.ticks();
                while (Timer.ticks() < ticks + 2 && Magic.rdtsc() < deadline + Timer.tscFrequency()) {
                    Magic.pause();
                }
                Check.equal(seen, listener.count, "a removed listener is not called");
            }
        });
        cases.add(new TestCase("serialInputByInterrupt") {
            @Override
            protected void run() {
                while (SerialInput.read() >= 0) {
                    // drop whatever the console sent
                }
                long interrupts = SerialInput.interruptCount();
                SerialInput.setLoopback(true);
                SerialPort.put(SerialPort.COM1, 'A');
                SerialPort.put(SerialPort.COM1, 'z');
                long deadline = Magic.rdtsc() + Timer.tscFrequency() / 10;
                while (SerialInput.available() < 2 && Magic.rdtsc() < deadline) {
                    Magic.pause();
                }
                SerialInput.setLoopback(false);
                Check.isTrue(SerialInput.interruptCount() > interrupts, "a receive interrupt was taken");
                Check.equal('A', SerialInput.read(), "first byte");
                Check.equal('z', SerialInput.read(), "second byte");
            }
        });
    }
}
