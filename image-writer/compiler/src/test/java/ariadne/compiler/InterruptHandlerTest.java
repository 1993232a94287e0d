package ariadne.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code @InterruptHandler} methods compiled as interrupt entries: the bytes of the entry and
 * exit (written out here by hand from the Intel SDM, not with our assembler), the error-code
 * variants, and the methods that cannot be handlers.
 */
class InterruptHandlerTest {
    private static final String ANNOTATION = """
            package ariadne.magic;
            import java.lang.annotation.*;
            @Retention(RetentionPolicy.CLASS) @Target(ElementType.METHOD)
            public @interface InterruptHandler { int vector(); }
            """;
    private static final String HANDLERS = """
            package p;
            import ariadne.magic.Address;
            import ariadne.magic.InterruptHandler;
            class Irq {
                static long count;
                @InterruptHandler(vector = 0x30) static void tick(Address frame) { count++; }
                @InterruptHandler(vector = 14) static void pageFault(Address frame) { long e = frame.loadLong(128); count += e; }
                @InterruptHandler(vector = 0xFF) static void spurious() { }
                static void ordinary() { }
            }
            """;

    /** error code 0, vector, cld, push r15..rax (the frame), F in rax, fxsave, the Java frame. */
    private static final String SAVE_AND_FRAME = "fc" + "4157" + "4156" + "4155" + "4154" + "4153" + "4152" + "4151" + "4150"
            + "55" + "57" + "56" + "52" + "51" + "53" + "50"   // rbp, rdi, rsi, rdx, rcx, rbx, rax
            + "4889e0"                                          // mov rax, rsp
            + "4881ec00020000"                                  // sub rsp, 512
            + "4883e4f0"                                        // and rsp, -16
            + "480fae0424"                                      // fxsave64 [rsp]
            + "50" + "50"                                       // push rax (kept F), push rax (argument)
            + "ffb088000000"                                    // push qword [rax+136]: interrupted rip
            + "ff7030"                                          // push qword [rax+48]: interrupted rbp
            + "4889e5";                                         // mov rbp, rsp
    private static final String EXIT = "488d6518"                // lea rsp, [rbp+24]
            + "58"                                              // pop rax: F
            + "480fae0c24"                                      // fxrstor64 [rsp]
            + "4889c4"                                          // mov rsp, rax
            + "58" + "5b" + "59" + "5a" + "5e" + "5f" + "5d"   // rax, rbx, rcx, rdx, rsi, rdi, rbp
            + "4158" + "4159" + "415a" + "415b" + "415c" + "415d" + "415e" + "415f"
            + "4883c410"                                        // add rsp, 16: vector and error code
            + "48cf";                                           // iretq

    private static CellFixture compile(String source) throws CompileException {
        return CellFixture.compile(true, Map.of(
                "ariadne.magic.Address", CellFixture.MAGIC_STUBS,
                "ariadne.magic.InterruptHandler", ANNOTATION,
                "p.Irq", source));
    }

    private static String hex(CellFixture f, String method) {
        return HexFormat.of().formatHex(f.section(".text.p.Irq." + method).data());
    }

    @Test
    void aHandlerWithoutCpuErrorCodePushesZeroAndItsVectorThenSavesEverything() throws CompileException {
        String code = hex(compile(HANDLERS), "tick(Lariadne/magic/Address;)V");
        assertTrue(code.startsWith("6a00" + "6a30" + SAVE_AND_FRAME), code);
        assertTrue(code.endsWith(EXIT), code);
    }

    @Test
    void aVectorWithCpuErrorCodePushesOnlyTheVectorAndReservesItsLocals() throws CompileException {
        String code = hex(compile(HANDLERS), "pageFault(Lariadne/magic/Address;)V");
        assertTrue(code.startsWith("6a0e" + SAVE_AND_FRAME + "4883ec10"), "the long local's two JVM slots: " + code);
        assertTrue(code.endsWith(EXIT), code);
    }

    @Test
    void vectorsAbove127AreSignExtendedImmediatesAndAnEmptyBodyIsEntryThenExit() throws CompileException {
        String code = hex(compile(HANDLERS), "spurious()V");
        assertEquals("6a00" + "6aff" + SAVE_AND_FRAME + EXIT, code);
    }

    @Test
    void ordinaryMethodsKeepTheJavaPrologueAndEpilogue() throws CompileException {
        byte[] code = compile(HANDLERS).section(".text.p.Irq.ordinary()V").data();
        assertArrayEquals(new byte[] {0x55, 0x48, (byte) 0x89, (byte) 0xE5}, Arrays.copyOf(code, 4), "push rbp; mov rbp, rsp");
        assertArrayEquals(new byte[] {(byte) 0xC9, (byte) 0xC3}, Arrays.copyOfRange(code, code.length - 2, code.length), "leave; ret");
    }

    @Test
    void everyReturnOfAHandlerIsAnInterruptExit() throws CompileException {
        String code = hex(compile("""
                package p;
                import ariadne.magic.Address;
                import ariadne.magic.InterruptHandler;
                class Irq {
                    static long count;
                    @InterruptHandler(vector = 0x40) static void twoWays(Address frame) {
                        if (frame.loadLong(0) == 0) { return; }
                        count++;
                    }
                }
                """), "twoWays(Lariadne/magic/Address;)V");
        assertEquals(2, occurrences(code, EXIT), code);
        assertTrue(!code.contains("c9c3"), "no leave; ret: " + code);
    }

    @Test
    void onlyStaticVoidMethodsTakingNothingOrTheFrameCanBeHandlers() {
        List<String> errors = CellFixture.errors(true, Map.of(
                "ariadne.magic.Address", CellFixture.MAGIC_STUBS,
                "ariadne.magic.InterruptHandler", ANNOTATION,
                "p.Irq", """
                        package p;
                        import ariadne.magic.InterruptHandler;
                        class Irq {
                            @InterruptHandler(vector = 0x30) void instance() { }
                            @InterruptHandler(vector = 0x31) static int value() { return 1; }
                            @InterruptHandler(vector = 0x32) static void wrongArgument(long x) { }
                            @InterruptHandler(vector = 300) static void wrongVector() { }
                        }
                        """));
        assertEquals(4, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("instance must be static"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("value must be void and take nothing or the frame's Address")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("wrongArgument must be void")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("vector 300 is not 0-255")), errors.toString());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
