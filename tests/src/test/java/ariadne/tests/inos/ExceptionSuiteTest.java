package ariadne.tests.inos;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Throwing and catching in compiled code (unwinder, handler tables, stack traces), booted in QEMU. */
class ExceptionSuiteTest {
    @TestFactory
    List<DynamicTest> exceptions() {
        return InOsSuite.run("exceptions", Duration.ofSeconds(60));
    }
}
