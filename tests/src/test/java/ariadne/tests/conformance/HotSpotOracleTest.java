package ariadne.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the programs themselves, without Ariadne: each compiles with javac 17, ends with the
 * status it declares, writes only ASCII to stdout, and prints the same bytes when run again on
 * a differently configured JVM (interpreter only, every identity hash 1) — so no output depends
 * on identity hashes, JIT timing or anything else outside the program.
 */
class HotSpotOracleTest {
    private static final int MINIMUM_PROGRAMS = 40;
    private static final List<String> PERTURBED_JVM = List.of(
            "-Xint", "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2");

    @Test
    void suiteHasEnoughPrograms() {
        int count = ConformancePrograms.all().size();
        assertTrue(count >= MINIMUM_PROGRAMS, "only " + count + " conformance programs");
    }

    @TestFactory
    Stream<DynamicTest> everyProgramIsDeterministicOnHotSpot() {
        return ConformancePrograms.all().stream()
                .map(program -> DynamicTest.dynamicTest(program.name(), () -> check(program)));
    }

    private static void check(ConformanceProgram program) throws Exception {
        Path classes = HostJvm.compile(program);
        try {
            HostRun first = HostJvm.run(program, classes, List.of());
            assertFalse(first.timedOut(), first::describe);
            assertEquals(program.expectedExitStatus(), first.exitStatus(), first::describe);
            if (first.exitStatus() == 0) {
                assertEquals(0, first.stderr().length, () -> "a passing program writes nothing to stderr\n" + first.describe());
            }
            assertTrue(first.stdout().length > 0, "the program printed nothing");
            assertAscii(first.stdout());

            HostRun second = HostJvm.run(program, classes, PERTURBED_JVM);
            assertFalse(second.timedOut(), second::describe);
            if (!Arrays.equals(first.stdout(), second.stdout())) {
                fail("output changes between runs: " + OutputDiff.firstDifference(
                        "default JVM", first.stdout(), "perturbed JVM", second.stdout()));
            }
            assertEquals(first.exitStatus(), second.exitStatus(), "exit status changes between runs");
        } finally {
            HostJvm.delete(classes);
        }
    }

    /** Non-ASCII output would depend on the host's locale and charset. */
    private static void assertAscii(byte[] output) {
        for (int i = 0; i < output.length; i++) {
            if (output[i] < 0) {
                fail("non-ASCII byte at offset " + i + " of stdout");
            }
        }
    }
}
