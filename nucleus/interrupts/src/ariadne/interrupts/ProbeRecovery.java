package ariadne.interrupts;

import ariadne.magic.Magic;

/**
 * Resumes a {@code MemoryProbe} whose access faulted, at the place its boot code names for
 * that (symbols in {@code ariadne.boot.MemoryPrimitives}); the probe then answers false.
 */
final class ProbeRecovery {
    /** Page-fault error code bit: the access was an instruction fetch. */
    private static final long FETCH = 16;

    private ProbeRecovery() {
    }

    /** Whether the page fault in {@code frame} came from a probe; if so, the frame now resumes it. */
    static boolean resume(InterruptFrame frame, long faultAddress) {
        long rip = frame.instructionPointer();
        if (rip == Magic.symbolAddress("boot.probe.read").toLong()) {
            frame.setInstructionPointer(Magic.symbolAddress("boot.probe.read_resume").toLong());
            return true;
        }
        if (rip == Magic.symbolAddress("boot.probe.write").toLong()) {
            frame.setInstructionPointer(Magic.symbolAddress("boot.probe.write_resume").toLong());
            return true;
        }
        long executeReturn = Magic.symbolAddress("boot.probe.execute_return").toLong();
        if ((frame.errorCode() & FETCH) != 0 && rip == faultAddress
                && ariadne.magic.Address.fromLong(frame.stackPointer()).loadLong() == executeReturn) {
            frame.setInstructionPointer(executeReturn); // as if the probed code had returned
            frame.setStackPointer(frame.stackPointer() + 8);
            return true;
        }
        return false;
    }
}
