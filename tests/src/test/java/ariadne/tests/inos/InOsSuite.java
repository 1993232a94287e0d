package ariadne.tests.inos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ariadne.imagewriter.qemu.QemuMachine;
import ariadne.imagewriter.qemu.QemuRun;
import ariadne.tests.image.TestImages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;

/**
 * Boots the standard image with one in-OS suite selected and turns each case it reports into a
 * JUnit test, plus one test that the suite ran to its end (a crash or hang mid-suite fails it).
 */
public final class InOsSuite {
    private InOsSuite() {
    }

    public static List<DynamicTest> run(String suite, Duration timeout) {
        return run(suite, timeout, "128M");
    }

    public static List<DynamicTest> run(String suite, Duration timeout, String memory) {
        QemuRun run;
        try {
            run = new QemuMachine(TestImages.standard()).memory(memory).commandLine("program " + suite)
                    .timeout(timeout).run();
        } catch (Exception e) {
            return List.of(DynamicTest.dynamicTest(suite + " (image build)", () -> fail(e.getMessage(), e)));
        }
        SuiteReport report = SuiteReport.parse(suite, run.serial());
        List<DynamicTest> tests = new ArrayList<>();
        for (SuiteReport.CaseResult c : report.cases()) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> assertTrue(c.passed(), c.reason())));
        }
        QemuRun finished = run;
        tests.add(DynamicTest.dynamicTest("suite ran to its end", () -> {
            assertTrue(report.consistent(), "the suite did not finish cleanly:\n" + finished.describe());
            assertEquals(report.reportedFailed(), finished.guestStatus(), finished.describe());
        }));
        return tests;
    }
}
