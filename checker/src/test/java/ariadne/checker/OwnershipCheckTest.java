package ariadne.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entry point the image writer calls: in-process and forked runs, and reading javac's output. */
class OwnershipCheckTest {
    private static final Path CASE = Stubs.RESOURCES.resolve("cases/UseAfterMoveLocals.java");

    @Test
    void forkedJavacFindsWhatTheInProcessRunFinds() {
        List<Finding> inProcess = OwnershipCheck.runInProcess(Stubs.requestFor(CASE));
        List<Finding> forked = OwnershipCheck.runForked(Stubs.requestFor(CASE));
        assertFalse(inProcess.isEmpty());
        assertEquals(keysAndLines(inProcess), keysAndLines(forked));
    }

    @Test
    void thisTestJvmHasTheJavacFlagsSoRunStaysInProcess() {
        assertTrue(JavacInternals.availableInThisJvm());
    }

    @Test
    void noSourcesMeansNoFindings() {
        assertEquals(List.of(), OwnershipCheck.run(List.of(), List.of(), "empty", List.of()));
    }

    @Test
    void readsJavacLinesWithAndWithoutAKey() {
        String output = String.join("\n",
                "/src/a/A.java:12: error: [use.after.move] n was moved away",
                "        keep(n);",
                "             ^",
                "/src/a/B.java:3: error: cannot find symbol",
                "2 errors");
        List<Finding> findings = OwnershipCheck.parse(output);
        assertEquals(List.of(
                new Finding(Path.of("/src/a/A.java"), 12, Finding.Severity.ERROR, "use.after.move", "n was moved away"),
                new Finding(Path.of("/src/a/B.java"), 3, Finding.Severity.ERROR, "javac", "cannot find symbol")),
                findings);
    }

    @Test
    void optionsNameTheCellAndItsPackages() {
        List<String> options = new CheckRequest(List.of(CASE), List.of(), "task", List.of("ariadne.task", "ariadne.sync"))
                .javacOptions();
        assertTrue(options.contains("-proc:only"));
        assertTrue(options.contains("-Aariadne.cell=task"));
        assertTrue(options.contains("-Aariadne.cellPackages=ariadne.task,ariadne.sync"));
    }

    private static List<String> keysAndLines(List<Finding> findings) {
        return findings.stream().map(f -> f.line() + " " + f.key()).sorted().toList();
    }
}
