package ariadne.checker;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the checker over every file in {@code ownership/cases} (each in cell {@code demo}) against
 * the stand-ins in {@code ownership/stubs} (the task API, and a cell {@code other}), and compares
 * the diagnostics with the file's expectations exactly: a missing diagnostic and an unexpected one
 * both fail.
 */
class ExpectedDiagnosticsTest {
    @TestFactory
    Stream<DynamicTest> everyCaseHasExactlyTheExpectedDiagnostics() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(Stubs.RESOURCES.resolve("cases"))) {
            cases = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        return cases.stream().map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> check(source)));
    }

    private static void check(Path source) {
        List<Finding> findings = OwnershipCheck.runInProcess(Stubs.requestFor(source));
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
