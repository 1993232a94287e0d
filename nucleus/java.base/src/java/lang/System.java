package java.lang;

import ariadne.base.CmosClock;
import ariadne.base.IdentityHash;
import ariadne.base.Machine;
import ariadne.base.SerialPort;
import ariadne.magic.Magic;
import java.io.PrintStream;

/**
 * Standard streams, exit, array copying and identity hashes. {@code out} is COM1, the console
 * whose bytes are the program's output; {@code err} is COM2 when the machine has one (so that
 * diagnostics can be kept apart, as on a host), else COM1 as well.
 */
public final class System {

    public static final PrintStream out = new PrintStream(new SerialPort(SerialPort.COM1), true);
    public static final PrintStream err = new PrintStream(new SerialPort(
            SerialPort.isPresent(SerialPort.COM2) ? SerialPort.COM2 : SerialPort.COM1), true);

    private System() {
    }

    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }

    public static int identityHashCode(Object x) {
        return x == null ? 0 : IdentityHash.of(x);
    }

    /** Wall-clock time from the CMOS real-time clock, in whole seconds (times 1000). */
    public static long currentTimeMillis() {
        return CmosClock.epochSeconds() * 1000L;
    }

    /**
     * The time-stamp counter: monotonic, in TSC ticks (one per nanosecond of virtual time under
     * QEMU's -icount shift=0), with an arbitrary origin, as the JDK allows.
     */
    public static long nanoTime() {
        return Magic.rdtsc();
    }

    /** A hint; the dialect's heap has no collector to run yet. */
    public static void gc() {
    }

    public static String lineSeparator() {
        return "\n";
    }

    /** Ends the system with {@code status}: QEMU exits with (status << 1) | 1. */
    public static void exit(int status) {
        Machine.exitQemu(status);
    }
}
