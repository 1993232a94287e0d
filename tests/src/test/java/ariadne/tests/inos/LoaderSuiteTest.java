package ariadne.tests.inos;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The in-OS cell loader and live swap (issue 8), booted in QEMU. */
class LoaderSuiteTest {
    @TestFactory
    List<DynamicTest> loader() {
        return InOsSuite.run("loader", Duration.ofSeconds(120));
    }
}
