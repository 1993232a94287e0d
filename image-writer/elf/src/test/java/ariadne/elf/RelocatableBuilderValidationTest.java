package ariadne.elf;

import static ariadne.elf.ElfConstants.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class RelocatableBuilderValidationTest {
    private final RelocatableBuilder builder = new RelocatableBuilder();
    private final int text = builder.addSection(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 16, new byte[8]);

    @Test
    void rejectsSymbolDefinedTwice() {
        builder.defineSymbol("f", text, 0, 1, STB_GLOBAL, STT_FUNC);
        var e = assertThrows(IllegalArgumentException.class,
                () -> builder.defineSymbol("f", text, 1, 1, STB_GLOBAL, STT_FUNC));
        assertTrue(e.getMessage().contains("f is defined twice"), e.getMessage());
    }

    @Test
    void rejectsSymbolOutsideItsSection() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> builder.defineSymbol("f", text, 4, 8, STB_GLOBAL, STT_FUNC));
        assertTrue(e.getMessage().contains("outside section .text"), e.getMessage());
    }

    @Test
    void rejectsRelocationPastTheSectionEnd() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> builder.addRelocation(text, 1, R_X86_64_64, "g", 0));
        assertTrue(e.getMessage().contains("R_X86_64_64 at offset 1 does not fit"), e.getMessage());
    }

    @Test
    void rejectsUnsupportedRelocationTypeAndUnknownSection() {
        assertThrows(IllegalArgumentException.class, () -> builder.addRelocation(text, 0, 3, "g", 0));
        assertThrows(IllegalArgumentException.class, () -> builder.addRelocation(7, 0, R_X86_64_PC32, "g", 0));
    }

    @Test
    void rejectsAlignmentThatIsNotAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class,
                () -> builder.addSection(".data", SHT_PROGBITS, SHF_ALLOC, 12, new byte[1]));
    }

    @Test
    void rejectsRelocatingNobitsAndBuilderOwnedSectionTypes() {
        int bss = builder.addNobitsSection(".bss", SHF_ALLOC | SHF_WRITE, 8, 16);
        assertThrows(IllegalArgumentException.class, () -> builder.addRelocation(bss, 0, R_X86_64_64, "g", 0));
        assertThrows(IllegalArgumentException.class,
                () -> builder.addSection(".symtab", SHT_SYMTAB, 0, 8, new byte[0]));
    }

    @Test
    void emptyObjectIsStillReadable() {
        ElfFile file = ElfReader.read(new RelocatableBuilder().toBytes());
        assertEquals(1, file.symbols().size(), "only the null symbol");
    }
}
