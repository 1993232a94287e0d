package ariadne.tests.inos;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The spawn-and-join suite (issue 5), booted in QEMU: one JUnit test per in-OS case. */
class SpawnSuiteTest {
    @TestFactory
    List<DynamicTest> spawn() {
        return InOsSuite.run("spawn", Duration.ofSeconds(60));
    }
}
