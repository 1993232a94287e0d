package ariadne.tests.inos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SuiteReportTest {
    @Test
    void readsCasesAndTheEndLine() {
        SuiteReport r = SuiteReport.parse("mem", """
                noise
                CASE mem.frames PASS
                CASE mem.heap FAIL java.lang.AssertionError: bytes: expected 1 but was 2
                CASE other.x PASS
                SUITE mem END 1 1
                """);
        assertEquals(2, r.cases().size());
        assertEquals("frames", r.cases().get(0).name());
        assertTrue(r.cases().get(0).passed());
        assertFalse(r.cases().get(1).passed());
        assertEquals("java.lang.AssertionError: bytes: expected 1 but was 2", r.cases().get(1).reason());
        assertTrue(r.consistent());
    }

    @Test
    void aSuiteThatStoppedMidwayIsNotConsistent() {
        assertFalse(SuiteReport.parse("mem", "CASE mem.frames PASS\n").consistent());
        assertFalse(SuiteReport.parse("mem", "CASE mem.frames PASS\nSUITE mem END 2 0\n").consistent());
    }
}
