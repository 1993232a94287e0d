package ariadne.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares the assembler's bytes with encodings produced once by GNU as (see
 * src/test/gen/gen_encodings.py) for every instruction family, register and addressing form.
 */
class KnownEncodingsTest {
    private static final String TABLE = "encodings.txt";

    @TestFactory
    Stream<DynamicTest> everyInstructionMatchesGnuAs() throws IOException {
        return readTable().stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(KnownEncodingsTest::toTest);
    }

    private static DynamicTest toTest(String line) {
        String[] fields = line.split("\\|");
        Mode mode = fields[0].trim().equals("64") ? Mode.LONG_64 : Mode.PROTECTED_32;
        String call = fields[1].trim();
        String gas = fields[2].trim();
        String expected = fields[3].trim().replace(" ", "");
        return DynamicTest.dynamicTest(fields[0].trim() + ": " + call + "  (" + gas + ")", () -> {
            Assembler asm = new Assembler(mode);
            try {
                AssemblerCall.parse(call).applyTo(asm);
            } catch (Throwable t) {
                throw new AssertionError(call + " threw " + t, t);
            }
            assertEquals(expected, HexFormat.of().formatHex(asm.toByteArray()), gas);
        });
    }

    private static List<String> readTable() throws IOException {
        try (var in = KnownEncodingsTest.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IOException("missing test resource " + TABLE);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
    }
}
