package ariadne.boot;

import static org.junit.jupiter.api.Assertions.*;

import ariadne.elf.ElfFile;
import ariadne.elf.ElfReader;
import ariadne.elf.ElfSection;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LoaderCallGateTest {
    private static final ElfFile OBJECT = ElfReader.read(LoaderCallGate.buildObject());

    private static byte[] codeAt(String symbol, int length) {
        ElfSection text = OBJECT.section(LoaderCallGate.SECTION).orElseThrow();
        int at = (int) OBJECT.symbol(symbol).orElseThrow().value();
        return Arrays.copyOfRange(text.data(), at, at + length);
    }

    @Test
    void eachInvokeLoadsTheCodeAddressFromBelowTheTargetsArgumentsAndJumps() {
        // mov rax, [rsp+disp8]; jmp rax
        assertArrayEquals(new byte[] {0x48, (byte) 0x8b, 0x44, 0x24, 8, (byte) 0xff, (byte) 0xe0},
                codeAt(LoaderCallGate.INVOKE_0, 7));
        assertArrayEquals(new byte[] {0x48, (byte) 0x8b, 0x44, 0x24, 16, (byte) 0xff, (byte) 0xe0},
                codeAt(LoaderCallGate.INVOKE_1, 7));
        assertArrayEquals(new byte[] {0x48, (byte) 0x8b, 0x44, 0x24, 24, (byte) 0xff, (byte) 0xe0},
                codeAt(LoaderCallGate.INVOKE_2, 7));
    }

    @Test
    void objectVariantsShareTheCodeOfTheirArity() {
        assertEquals(OBJECT.symbol(LoaderCallGate.INVOKE_0).orElseThrow().value(),
                OBJECT.symbol(LoaderCallGate.INVOKE_FOR_OBJECT_0).orElseThrow().value());
        assertEquals(OBJECT.symbol(LoaderCallGate.INVOKE_1).orElseThrow().value(),
                OBJECT.symbol(LoaderCallGate.INVOKE_FOR_OBJECT_1).orElseThrow().value());
    }

    @Test
    void callerFrameReturnsRbp() {
        // mov rax, rbp; ret
        assertArrayEquals(new byte[] {0x48, (byte) 0x89, (byte) 0xe8, (byte) 0xc3}, codeAt(LoaderCallGate.CALLER_FRAME, 4));
    }
}
