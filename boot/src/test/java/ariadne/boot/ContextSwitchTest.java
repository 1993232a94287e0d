package ariadne.boot;

import static ariadne.elf.ElfConstants.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ariadne.elf.ElfFile;
import ariadne.elf.ElfReader;
import ariadne.elf.ElfSection;
import ariadne.elf.ElfSymbol;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The task cell's stack switch, read back from its object. */
class ContextSwitchTest {
    private final ElfFile elf = ElfReader.read(ContextSwitch.buildObject());

    @Test
    void switchIsAGlobalFunctionUnderTheCompilersName() {
        ElfSymbol symbol = elf.symbol(ContextSwitch.SWITCH_STACKS).orElseThrow();
        ElfSection text = elf.section(ContextSwitch.SECTION).orElseThrow();
        assertEquals(STB_GLOBAL, symbol.binding());
        assertEquals(STT_FUNC, symbol.type());
        assertEquals(text.index(), symbol.sectionIndex());
        assertEquals(0, symbol.value());
        assertEquals(SHF_ALLOC | SHF_EXECINSTR, text.flags());
        assertTrue(elf.relocationsFor(text.index()).isEmpty(), "the switch references nothing");
    }

    @Test
    void switchSavesRspLoadsTheNewOneAndReturnsOnIt() {
        byte[] expected = {
            0x48, (byte) 0x8B, 0x44, 0x24, 0x10,   // mov rax, [rsp+16]: the save slot
            0x48, (byte) 0x8B, 0x4C, 0x24, 0x08,   // mov rcx, [rsp+8]: the new rsp
            0x55,                                  // push rbp
            0x48, (byte) 0x89, 0x20,               // mov [rax], rsp
            0x48, (byte) 0x89, (byte) 0xCC,        // mov rsp, rcx
            0x5D,                                  // pop rbp
            (byte) 0xC3                            // ret
        };
        ElfSection text = elf.section(ContextSwitch.SECTION).orElseThrow();
        assertArrayEquals(expected, Arrays.copyOf(text.data(), expected.length));
    }
}
