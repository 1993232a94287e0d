package ariadne.tests.inos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ariadne.imagewriter.qemu.QemuMachine;
import ariadne.imagewriter.qemu.QemuRun;
import ariadne.tests.image.TestImages;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The memory and interrupts suite, booted with a small machine, one whose RAM ends just below
 * the PCI hole, and one with RAM above 4 GiB (which the frame allocator must hand out).
 */
class MemorySuiteTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Duration SINGLE_STEP_TIMEOUT = Duration.ofSeconds(300);

    @TestFactory
    List<DynamicTest> memory128M() {
        return InOsSuite.run("memory", TIMEOUT, "128M");
    }

    @TestFactory
    List<DynamicTest> memory2G() {
        return InOsSuite.run("memory", TIMEOUT, "2G");
    }

    @TestFactory
    List<DynamicTest> memory6G() {
        return InOsSuite.run("memory", TIMEOUT, "6G");
    }

    /**
     * Under TCG an interrupt is taken only between translation blocks, which end at jumps, so it
     * never lands inside a template where a value sits in a register. {@code -singlestep} makes
     * every instruction a block of its own: the timer then interrupts the arithmetic anywhere,
     * and only a handler entry that saves and restores every general and SSE register keeps the
     * result (one without {@code fxrstor64} fails here).
     */
    @Test
    void interruptsLandingBetweenAnyTwoInstructionsKeepTheRegisters() throws Exception {
        QemuRun run = new QemuMachine(TestImages.standard()).argument("-singlestep").commandLine("program memory")
                .timeout(SINGLE_STEP_TIMEOUT).run();
        SuiteReport report = SuiteReport.parse("memory", run.serial());
        SuiteReport.CaseResult registers = report.cases().stream()
                .filter(c -> c.name().equals("interruptedCodeKeepsItsRegisters")).findFirst()
                .orElseThrow(() -> new AssertionError("case not run:\n" + run.describe()));
        assertTrue(registers.passed(), registers.reason());
        assertTrue(report.consistent(), run.describe());
        assertEquals(0, run.guestStatus(), run.describe());
    }
}
