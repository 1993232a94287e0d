package ariadne.tests.inos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ariadne.imagewriter.qemu.QemuMachine;
import ariadne.imagewriter.qemu.QemuRun;
import ariadne.tests.image.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fault that cannot become a Java exception stops the machine with the full report (suite memory-fatal). */
class FatalFaultReportTest {
    @Test
    void nullDereferenceInACriticalSectionIsReportedInFull() throws Exception {
        QemuRun run = new QemuMachine(TestImages.standard()).commandLine("program memory-fatal")
                .timeout(Duration.ofSeconds(60)).run();
        String serial = run.serial();
        assertFalse(run.timedOut(), run.describe());
        assertEquals(1, run.guestStatus(), run.describe());
        assertTrue(serial.contains("Ariadne: CPU exception 14 (#PF page fault), error code 0x0000000000000000"), serial);
        assertTrue(serial.contains("cr2 0x0000000000000018: read, page not present"), serial);
        assertTrue(serial.contains("fault with interrupts disabled"), serial);
        assertTrue(serial.matches("(?s).*rip 0x[0-9a-f]+ in ariadne\\.suites\\.memory\\.FatalFaultSuite\\$1\\.run\\(\\)V \\+\\d+, line "
                + faultingLine() + "\\r?\\n.*"), "the faulting method and line " + faultingLine() + ":\n" + serial);
        assertTrue(serial.contains("rax 0x") && serial.contains("r15 0x") && serial.contains("rflags 0x"), serial);
        assertTrue(serial.contains("in ariadne.suites.SuiteRunner.run("), "the frames below it:\n" + serial);
        assertFalse(serial.contains("CASE memory-fatal.nullDereferenceInACriticalSectionStops"), serial);
    }

    /** The source line of the faulting read, from the suite's source. */
    private static int faultingLine() throws Exception {
        Path source = TestImages.repositoryRoot().resolve("cells/suites/src/ariadne/suites/memory/FatalFaultSuite.java");
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("Address.fromLong(FAULT_ADDRESS).loadLong(0);")) {
                return i + 1;
            }
        }
        throw new AssertionError("the faulting read is not in " + source);
    }
}
