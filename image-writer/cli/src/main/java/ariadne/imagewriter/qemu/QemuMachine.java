package ariadne.imagewriter.qemu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Boots an Ariadne image in QEMU (TCG; no KVM here) with both serial ports captured, and always
 * within a time limit. The guest ends a run through {@code isa-debug-exit}: writing {@code v}
 * to port 0xf4 makes QEMU exit with {@code (v << 1) | 1}.
 */
public final class QemuMachine {
    public static final String BINARY = "qemu-system-x86_64";

    private final Path image;
    private String commandLine = "";
    private String memory = "128M";
    private boolean instructionCounting;
    private Duration timeout = Duration.ofSeconds(30);
    private final List<String> extraArguments = new ArrayList<>();
    private OutputStream serialEcho = OutputStream.nullOutputStream();

    public QemuMachine(Path image) {
        this.image = image;
    }

    public QemuMachine commandLine(String kernelCommandLine) {
        this.commandLine = kernelCommandLine;
        return this;
    }

    public QemuMachine memory(String size) {
        this.memory = size;
        return this;
    }

    /** {@code -icount shift=0,sleep=off}: one guest instruction per virtual nanosecond, so rdtsc counts instructions. */
    public QemuMachine countInstructions() {
        this.instructionCounting = true;
        return this;
    }

    public QemuMachine timeout(Duration limit) {
        this.timeout = limit;
        return this;
    }

    /** Also copies the serial output to {@code sink} as it arrives (the generic runner streams it to the terminal). */
    public QemuMachine echoSerialTo(OutputStream sink) {
        this.serialEcho = sink;
        return this;
    }

    public QemuMachine argument(String... arguments) {
        extraArguments.addAll(List.of(arguments));
        return this;
    }

    public List<String> command() {
        List<String> command = new ArrayList<>(List.of(BINARY,
                "-kernel", image.toString(),
                "-m", memory,
                "-serial", "stdio",               // COM1: System.out
                "-serial", "file:/dev/stderr",    // COM2: System.err, kept apart as on HotSpot
                "-display", "none",
                "-no-reboot",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"));
        if (!commandLine.isEmpty()) {
            command.addAll(List.of("-append", commandLine));
        }
        if (instructionCounting) {
            command.addAll(List.of("-icount", "shift=0,sleep=off"));
        }
        command.addAll(extraArguments);
        return command;
    }

    /** Boots, waits for the guest to exit or the time limit, and returns what the serial port said. */
    public QemuRun run() {
        ProcessBuilder builder = new ProcessBuilder(command()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process qemu;
        try {
            qemu = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + BINARY + " (install the Debian package qemu-system-x86)", e);
        }
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        Thread serialReader = drain(qemu.getInputStream(), serial, serialEcho);
        Thread diagnosticsReader = drain(qemu.getErrorStream(), diagnostics, OutputStream.nullOutputStream());
        boolean timedOut;
        try {
            timedOut = !qemu.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (timedOut) {
                qemu.destroyForcibly().waitFor();
            }
            serialReader.join();
            diagnosticsReader.join();
        } catch (InterruptedException e) {
            qemu.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while QEMU ran", e);
        }
        return new QemuRun(timedOut ? -1 : qemu.exitValue(), timedOut, serial.toByteArray(),
                diagnostics.toString(StandardCharsets.UTF_8));
    }

    private static Thread drain(InputStream in, ByteArrayOutputStream sink, OutputStream echo) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try (in) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sink.write(buffer, 0, n);
                    echo.write(buffer, 0, n);
                    echo.flush();
                }
            } catch (IOException ignored) {
                // the stream closes when QEMU is killed; what was read so far is kept
            }
        }, "qemu-output");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
