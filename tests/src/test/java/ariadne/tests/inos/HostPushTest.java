package ariadne.tests.inos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ariadne.imagewriter.archive.CellPush;
import ariadne.imagewriter.qemu.QemuMachine;
import ariadne.imagewriter.qemu.QemuRun;
import ariadne.tests.image.TestImages;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The host push end to end: boot the swap demo, push the freshly compiled counter v2 over the
 * guest's push port while its ticking task runs, and see the task's output change.
 */
class HostPushTest {
    private static final Duration BOOT_AND_RUN = Duration.ofSeconds(180);

    /** The serial output so far, for waiting on a line while QEMU runs. */
    private static final class LiveSerial extends OutputStream {
        private final StringBuilder text = new StringBuilder();

        @Override
        public synchronized void write(int b) {
            text.append((char) b);
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            text.append(new String(b, off, len, StandardCharsets.ISO_8859_1));
            notifyAll();
        }

        synchronized void awaitLine(String line, Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (text.indexOf(line + "\n") < 0) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                assertTrue(left > 0, "the guest did not print '" + line + "' in time:\n" + text);
                wait(left);
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void pushedCellChangesTheRunningTasksOutput() throws Exception {
        Path image = TestImages.standard();
        byte[] cell = Files.readAllBytes(image.getParent().resolve("cells").resolve("counter-v2.cell"));
        int port = freePort();
        LiveSerial serial = new LiveSerial();
        QemuMachine machine = new QemuMachine(image).commandLine("program swapdemo").timeout(BOOT_AND_RUN)
                .argument("-serial", "tcp:127.0.0.1:" + port + ",server=on,wait=off")
                .echoSerialTo(serial);
        CompletableFuture<QemuRun> running = CompletableFuture.supplyAsync(machine::run);

        serial.awaitLine("PUSH READY", BOOT_AND_RUN);
        String reply = CellPush.push("127.0.0.1", port, cell, Duration.ofSeconds(60));
        QemuRun run = running.get(BOOT_AND_RUN.toSeconds(), TimeUnit.SECONDS);

        String output = run.serial();
        assertTrue(reply.startsWith("PUSH OK swapped counter v1 for counter v2"), reply + "\n" + output);
        assertTrue(output.contains("TICK counter v1: "), output);
        assertTrue(output.contains("TICK counter v2 says "), output);
        assertTrue(output.contains("CASE swapdemo.hostPushSwapsTheRunningCounter PASS"), run.describe());
        assertEquals(0, run.guestStatus(), run.describe());
    }
}
