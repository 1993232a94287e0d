package ariadne.elf;

import static ariadne.elf.ElfConstants.*;
import static ariadne.elf.SampleObjects.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelocatableRoundTripTest {
    private final ElfFile file = ElfReader.read(cell().toBytes());

    @Test
    void headerIsX8664RelocatableLittleEndian() {
        byte[] bytes = cell().toBytes();
        // Golden facts checked once with readelf -h: "ELF64", "little endian", "REL", "X86-64".
        assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, java.util.Arrays.copyOf(bytes, 8));
        assertEquals(ET_REL, file.fileType());
        assertEquals(ET_REL, bytes[16]);
        assertEquals(EM_X86_64, bytes[18]);
    }

    @Test
    void sectionsKeepNamesFlagsAlignmentAndBytes() {
        ElfSection text = file.section(".text." + START).orElseThrow();
        assertEquals(1, text.index());
        assertEquals(SHT_PROGBITS, text.type());
        assertTrue(text.isAlloc() && text.isExecutable() && !text.isWritable());
        assertEquals(16, text.alignment());
        assertEquals(0, text.offset() % 16);
        assertArrayEquals(new byte[] {(byte) 0xe8, 0, 0, 0, 0, (byte) 0xc3}, text.data());

        ElfSection bss = file.section(".bss.statics").orElseThrow();
        assertTrue(bss.isNobits());
        assertEquals(4096, bss.size());
        assertEquals(0, bss.data().length);
    }

    @Test
    void localsComeFirstAndUndefinedReferencesBecomeUndefinedGlobals() {
        List<ElfSymbol> symbols = file.symbols();
        ElfSection symtab = file.section(".symtab").orElseThrow();
        assertEquals(2, symtab.info(), "one local after the null symbol");
        assertEquals("return", symbols.get(1).name());
        assertTrue(symbols.get(1).isLocal());

        ElfSymbol start = file.symbol(START).orElseThrow();
        assertEquals(STB_GLOBAL, start.binding());
        assertEquals(STT_FUNC, start.type());
        assertEquals(1, start.sectionIndex());
        assertEquals(6, start.size());

        assertEquals(STB_WEAK, file.symbol(LITERAL).orElseThrow().binding());

        ElfSymbol npe = file.symbol(NULL_POINTER).orElseThrow();
        assertFalse(npe.isDefined());
        assertEquals(STB_GLOBAL, npe.binding());
        assertFalse(file.symbol(STRING_TYPE).orElseThrow().isDefined());
    }

    @Test
    void relocationsLandInRelaSectionsLinkedToTheirTargets() {
        ElfSection text = file.section(".text." + START).orElseThrow();
        ElfSection rela = file.section(".rela.text." + START).orElseThrow();
        assertEquals(SHT_RELA, rela.type());
        assertEquals(text.index(), rela.info());
        assertEquals(file.section(".symtab").orElseThrow().index(), rela.link());
        assertEquals(SHF_INFO_LINK, rela.flags());
        assertEquals(RELA_SIZE, rela.entrySize());

        ElfRelocation call = file.relocationsFor(text.index()).get(0);
        assertEquals(1, call.offset());
        assertEquals(R_X86_64_PLT32, call.type());
        assertEquals(-4, call.addend());
        assertEquals(NULL_POINTER, file.symbols().get(call.symbolIndex()).name());

        int literal = file.section(".rodata." + LITERAL.replace(':', '.')).orElseThrow().index();
        List<ElfRelocation> literalRelocations = file.relocationsFor(literal);
        assertEquals(2, literalRelocations.size());
        assertEquals("return", file.symbols().get(literalRelocations.get(1).symbolIndex()).name());
        assertEquals(3, literalRelocations.get(1).addend());
    }

    @Test
    void sectionsWithoutRelocationsHaveNone() {
        assertTrue(file.relocationsFor(file.section(".bss.statics").orElseThrow().index()).isEmpty());
        assertTrue(file.section(".rela.bss.statics").isEmpty());
    }
}
