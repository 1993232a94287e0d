package ariadne.tests.conformance;

import java.nio.charset.StandardCharsets;

/** What one run of a program on the host JVM left behind; {@code timedOut} runs were killed. */
record HostRun(byte[] stdout, byte[] stderr, int exitStatus, boolean timedOut) {

    String describe() {
        return "exit status " + exitStatus + (timedOut ? " (killed at the time limit)" : "")
                + "\n--- stdout ---\n" + new String(stdout, StandardCharsets.UTF_8)
                + "\n--- stderr ---\n" + new String(stderr, StandardCharsets.UTF_8);
    }
}
