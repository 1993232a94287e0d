package ariadne.checker;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Entry point for the image writer: runs the state-spill checker over one cell's sources as a
 * second javac pass ({@code -proc:only}, against the normal JDK, after the cell compiled with
 * {@code --system none}) and returns what it found. A cell passes when no finding is an error.
 *
 * <p>The pass runs in this JVM when it was started with {@link JavacInternals#jvmFlags()};
 * otherwise it forks the JDK's {@code javac} with those flags behind {@code -J}.
 */
public final class OwnershipCheck {
    private static final Pattern JAVAC_LINE =
            Pattern.compile("^(.+\\.java):(\\d+): (error|warning|note): (.*)$", Pattern.CASE_INSENSITIVE);

    private OwnershipCheck() {}

    /**
     * Checks one cell.
     *
     * @param sources the cell's {@code .java} files
     * @param classpath class directories or jars of the cells it depends on
     * @param cellName the cell's name, used in messages
     * @param cellPackages the cell's package prefixes; code elsewhere (outside the library
     *     packages) belongs to other cells
     * @return every diagnostic, in javac's order
     */
    public static List<Finding> run(List<Path> sources, List<Path> classpath, String cellName, List<String> cellPackages) {
        return run(new CheckRequest(sources, classpath, cellName, cellPackages));
    }

    public static List<Finding> run(CheckRequest request) {
        if (request.sources().isEmpty()) {
            return List.of();
        }
        return JavacInternals.availableInThisJvm() ? runInProcess(request) : runForked(request);
    }

    static List<Finding> runInProcess(CheckRequest request) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no javac in this Java runtime: run on a JDK");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(output, files, diagnostics, request.javacOptions(), null,
                    files.getJavaFileObjectsFromPaths(request.sources()));
            task.setProcessors(List.of(new OwnershipChecker()));
            task.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            Path file = d.getSource() == null ? null : Path.of(d.getSource().toUri());
            findings.add(Finding.of(file, d.getLineNumber(), severityOf(d.getKind()), d.getCode(), d.getMessage(Locale.ROOT)));
        }
        return findings;
    }

    static List<Finding> runForked(CheckRequest request) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
        JavacInternals.jvmFlags().forEach(flag -> command.add("-J" + flag));
        command.addAll(request.javacOptions());
        command.addAll(List.of("-processorpath", CheckRequest.join(CheckerClasspath.processor()),
                "-processor", OwnershipChecker.class.getName()));
        request.sources().forEach(source -> command.add(source.toString()));
        try {
            Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            javac.waitFor();
            return parse(output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run javac for the ownership check", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        }
    }

    /** Reads javac's printed diagnostics: a {@code file:line: kind: text} line starts each. */
    static List<Finding> parse(String javacOutput) {
        List<Finding> findings = new ArrayList<>();
        for (String line : javacOutput.split("\\R")) {
            Matcher m = JAVAC_LINE.matcher(line);
            if (m.matches()) {
                findings.add(Finding.of(Path.of(m.group(1)), Long.parseLong(m.group(2)),
                        Finding.Severity.valueOf(m.group(3).toUpperCase(Locale.ROOT)), "javac", m.group(4)));
            }
        }
        return findings;
    }

    private static Finding.Severity severityOf(Diagnostic.Kind kind) {
        return switch (kind) {
            case ERROR -> Finding.Severity.ERROR;
            case WARNING, MANDATORY_WARNING -> Finding.Severity.WARNING;
            default -> Finding.Severity.NOTE;
        };
    }
}
