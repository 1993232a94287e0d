package ariadne.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import ariadne.imagewriter.BuildException;
import ariadne.tests.image.TestImages;
import ariadne.tests.qemu.ProgramRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential suite: every program under {@code tests/conformance} runs on HotSpot (the
 * oracle) and in Ariadne, and must print the same bytes and end with the same status.
 */
class ConformanceTest {
    /** QEMU runs under TCG with a template compiler: a workload needs far longer than on HotSpot. */
    private static final Duration ARIADNE_TIMEOUT = Duration.ofSeconds(300);

    @TestFactory
    Stream<DynamicTest> everyProgramMatchesHotSpot() {
        Map<String, String> known = KnownDifferences.read(ConformancePrograms.suiteRoot());
        return ConformancePrograms.all().stream().map(program -> known.containsKey(program.name())
                ? DynamicTest.dynamicTest(program.name() + " (known difference)",
                        () -> checkStillDiffers(program, known.get(program.name())))
                : DynamicTest.dynamicTest(program.name(), () -> check(program)));
    }

    private static void check(ConformanceProgram program) throws Exception {
        HostRun oracle = runOnHotSpot(program);
        ProgramRun ariadne = TestImages.runProgram(program.sourceDir(), program.mainClass(), ARIADNE_TIMEOUT);
        if (!Arrays.equals(oracle.stdout(), ariadne.stdout())) {
            fail(OutputDiff.firstDifference("HotSpot", oracle.stdout(), "Ariadne", ariadne.stdout())
                    + "\n--- Ariadne diagnostics ---\n" + ariadne.diagnostics());
        }
        assertEquals(oracle.exitStatus(), ariadne.exitStatus(),
                "exit status differs (stdout equal)\n--- Ariadne diagnostics ---\n" + ariadne.diagnostics());
    }

    /** A listed program must still differ; once it matches, its line in KNOWN-DIFFERENCES has to go. */
    private static void checkStillDiffers(ConformanceProgram program, String reason) throws Exception {
        HostRun oracle = runOnHotSpot(program);
        ProgramRun ariadne;
        try {
            ariadne = TestImages.runProgram(program.sourceDir(), program.mainClass(), ARIADNE_TIMEOUT);
        } catch (BuildException e) {
            return; // still does not build: the difference stands
        }
        boolean matches = Arrays.equals(oracle.stdout(), ariadne.stdout()) && oracle.exitStatus() == ariadne.exitStatus();
        assertFalse(matches, program.name() + " now matches HotSpot: remove it from tests/conformance/"
                + KnownDifferences.FILE + " (listed as: " + reason + ")");
    }

    private static HostRun runOnHotSpot(ConformanceProgram program) throws Exception {
        Path classes = HostJvm.compile(program);
        try {
            HostRun run = HostJvm.run(program, classes, List.of());
            assertFalse(run.timedOut(), () -> "HotSpot did not finish " + program.name() + ":\n" + run.describe());
            return run;
        } finally {
            HostJvm.delete(classes);
        }
    }
}
