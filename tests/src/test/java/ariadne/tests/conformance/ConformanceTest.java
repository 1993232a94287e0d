package ariadne.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import ariadne.tests.image.TestImages;
import ariadne.tests.qemu.ProgramRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
        return ConformancePrograms.all().stream()
                .map(program -> DynamicTest.dynamicTest(program.name(), () -> check(program)));
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
