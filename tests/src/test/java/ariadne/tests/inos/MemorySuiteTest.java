package ariadne.tests.inos;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The memory and interrupts suite, booted with a small machine, one whose RAM ends just below
 * the PCI hole, and one with RAM above 4 GiB (which the frame allocator must hand out).
 */
class MemorySuiteTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

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
}
