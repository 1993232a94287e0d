package ariadne.imagewriter.qemu;

import java.nio.charset.StandardCharsets;

/** What one QEMU run left behind. {@code qemuStatus} is -1 when the run was killed at its time limit. */
public record QemuRun(int qemuStatus, boolean timedOut, byte[] serialBytes, String qemuDiagnostics) {

    /** The serial output as text (UTF-8). */
    public String serial() {
        return new String(serialBytes, StandardCharsets.UTF_8);
    }

    /** The value the guest wrote to isa-debug-exit, or -1 when QEMU did not exit that way. */
    public int guestStatus() {
        return !timedOut && (qemuStatus & 1) == 1 ? qemuStatus >> 1 : -1;
    }

    /** Everything worth showing when a test fails. */
    public String describe() {
        return "QEMU status " + qemuStatus + (timedOut ? " (killed at the time limit)" : "")
                + "\n--- serial ---\n" + serial() + "\n--- qemu stderr ---\n" + qemuDiagnostics;
    }
}
