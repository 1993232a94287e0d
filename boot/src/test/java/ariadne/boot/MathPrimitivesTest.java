package ariadne.boot;

import static ariadne.elf.ElfConstants.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ariadne.elf.ElfFile;
import ariadne.elf.ElfReader;
import ariadne.elf.ElfSymbol;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** StrictMath.sqrt is a global function under the compiler's name, and is exactly sqrtsd. */
class MathPrimitivesTest {

    @Test
    void strictSqrtIsTheSse2SquareRoot() {
        ElfFile elf = ElfReader.read(MathPrimitives.buildObject());
        ElfSymbol symbol = elf.symbol(MathPrimitives.STRICT_SQRT).orElseThrow();
        assertEquals(STB_GLOBAL, symbol.binding());
        assertEquals(STT_FUNC, symbol.type());
        byte[] code = MathPrimitives.section().bytes();
        byte[] expected = {
            (byte) 0xF2, 0x0F, 0x10, 0x44, 0x24, 0x08,  // movsd xmm0, [rsp+8]
            (byte) 0xF2, 0x0F, 0x51, (byte) 0xC0,       // sqrtsd xmm0, xmm0
            0x66, 0x48, 0x0F, 0x7E, (byte) 0xC0,        // movq rax, xmm0
            (byte) 0xC3,                                // ret
        };
        int start = (int) symbol.value();
        assertArrayEquals(expected, Arrays.copyOfRange(code, start, start + expected.length));
    }
}
