package ariadne.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputDiffTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void showsTheFirstDifferingLineOfBothSides() {
        String message = OutputDiff.firstDifference("HotSpot", bytes("a\nbcd\ne\n"), "Ariadne", bytes("a\nbxd\ne\n"));
        assertEquals("outputs differ at byte 3 (line 2)\n"
                + "HotSpot: \"bcd\"\n"
                + "Ariadne: \"bxd\"", message);
    }

    @Test
    void reportsAnOutputThatEndsEarly() {
        String message = OutputDiff.firstDifference("HotSpot", bytes("one\ntwo\n"), "Ariadne", bytes("one\n"));
        assertEquals("outputs differ at byte 4 (line 2)\n"
                + "HotSpot: \"two\"\n"
                + "Ariadne: <output ends after 4 bytes>", message);
    }

    @Test
    void makesCarriageReturnsAndMissingNewlinesVisible() {
        String message = OutputDiff.firstDifference("HotSpot", bytes("x\n"), "Ariadne", bytes("x\r\n"));
        assertEquals("outputs differ at byte 1 (line 1)\n"
                + "HotSpot: \"x\"\n"
                + "Ariadne: \"x\\r\"", message);
        String truncated = OutputDiff.firstDifference("HotSpot", bytes("abc\n"), "Ariadne", bytes("ab"));
        assertEquals("outputs differ at byte 2 (line 1)\n"
                + "HotSpot: \"abc\"\n"
                + "Ariadne: \"ab\" <no newline, output ends>", truncated);
    }
}
