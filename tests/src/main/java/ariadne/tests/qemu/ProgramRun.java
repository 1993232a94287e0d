package ariadne.tests.qemu;

/**
 * A user program's run in Ariadne: its own output (COM1, byte for byte), its exit status
 * (-1 when the machine did not exit through isa-debug-exit), and what to show on a failure.
 */
public record ProgramRun(byte[] stdout, int exitStatus, String diagnostics) {
}
