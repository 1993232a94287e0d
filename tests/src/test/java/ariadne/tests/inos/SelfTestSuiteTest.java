package ariadne.tests.inos;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The suite runner's own suite, booted in QEMU. */
class SelfTestSuiteTest {
    @TestFactory
    List<DynamicTest> selftest() {
        return InOsSuite.run("selftest", Duration.ofSeconds(60));
    }
}
