package ariadne.checker;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the checker over every file in {@code ownership/cases} (each in cell {@code demo}) against
 * the stand-ins in {@code ownership/stubs} (the task API, and a cell {@code other}), and compares
 * the diagnostics with the file's expectations exactly: a missing diagnostic and an unexpected one
 * both fail.
 */
class ExpectedDiagnosticsTest {
    private static final Path RESOURCES = Path.of("src/test/resources/ownership");

    @TempDir
    static Path stubClasses;

    @BeforeAll
    static void compileStubs() throws IOException {
        List<String> arguments = new ArrayList<>(List.of(
                "-d", stubClasses.toString(), "-classpath", CheckRequest.join(CheckerClasspath.qualifiers())));
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("stubs"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> arguments.add(f.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertTrue(javac.run(null, null, null, arguments.toArray(String[]::new)) == 0, "stubs compile");
    }

    @TestFactory
    Stream<DynamicTest> everyCaseHasExactlyTheExpectedDiagnostics() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(RESOURCES.resolve("cases"))) {
            cases = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        return cases.stream().map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> check(source)));
    }

    private static void check(Path source) {
        List<Finding> findings = OwnershipCheck.runInProcess(
                new CheckRequest(List.of(source), List.of(stubClasses), "demo", List.of("demo")));
        List<ExpectedDiagnostics.Expected> expected = sorted(ExpectedDiagnostics.in(source));
        List<ExpectedDiagnostics.Expected> actual = sorted(ExpectedDiagnostics.of(findings));
        List<ExpectedDiagnostics.Expected> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<ExpectedDiagnostics.Expected> unexpected = new ArrayList<>(actual);
        expected.forEach(unexpected::remove);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            StringBuilder report = new StringBuilder(source.getFileName().toString()).append('\n');
            missing.forEach(e -> report.append("  missing:    ").append(e).append('\n'));
            unexpected.forEach(e -> report.append("  unexpected: ").append(e).append('\n'));
            findings.forEach(f -> report.append("  | ").append(f).append('\n'));
            fail(report.toString());
        }
    }

    private static List<ExpectedDiagnostics.Expected> sorted(List<ExpectedDiagnostics.Expected> list) {
        List<ExpectedDiagnostics.Expected> copy = new ArrayList<>(list);
        Collections.sort(copy);
        return copy;
    }
}
