package ariadne.tests.conformance;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** The oracle: compiles a program with the host javac and runs it on the host JVM (HotSpot). */
final class HostJvm {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private HostJvm() {
    }

    /** Compiles every {@code .java} file of the program into a fresh temporary folder and returns it. */
    static Path compile(ConformanceProgram program) throws IOException {
        Path classes = Files.createTempDirectory("conformance-" + program.name() + "-");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the test JVM has no javac (run the tests on a JDK, not a JRE)");
        }
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources(program.sourceDir()));
            List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-proc:none",
                    "-d", classes.toString());
            boolean compiled = javac.getTask(messages, files, null, options, null, units).call();
            if (!compiled) {
                throw new IllegalStateException("javac rejected " + program.name() + ":\n" + messages);
            }
        }
        return classes;
    }

    /** Runs the program's main class from {@code classes}; {@code jvmOptions} go before the class path. */
    static HostRun run(ConformanceProgram program, Path classes, List<String> jvmOptions) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classes.toString(), program.mainClass()));
        Path stdout = Files.createTempFile(classes, "stdout", ".bin");
        Path stderr = Files.createTempFile(classes, "stderr", ".bin");
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        process.getOutputStream().close(); // the programs read no input
        boolean timedOut;
        try {
            timedOut = !process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (timedOut) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + program.name() + " ran", e);
        }
        return new HostRun(Files.readAllBytes(stdout), Files.readAllBytes(stderr),
                timedOut ? -1 : process.exitValue(), timedOut);
    }

    /** Deletes a folder made by {@link #compile}. */
    static void delete(Path classes) {
        try (Stream<Path> paths = Files.walk(classes)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).collect(Collectors.toList())) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + classes, e);
        }
    }

    private static List<Path> sources(Path sourceDir) {
        try (Stream<Path> paths = Files.walk(sourceDir)) {
            return paths.filter(path -> path.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + sourceDir, e);
        }
    }
}
