package ariadne.suites.memory;

import ariadne.base.SerialPort;
import ariadne.interrupts.InterruptFrame;
import ariadne.interrupts.SerialInput;
import ariadne.interrupts.TickListener;
import ariadne.interrupts.Timer;
import ariadne.magic.Magic;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/** The calibrated timer, tick listeners, time since boot, and serial input by interrupt. */
final class TimeCases {
    private TimeCases() {
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
