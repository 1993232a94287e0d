package ariadne.elf;

import static ariadne.elf.ElfConstants.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutableBuilderTest {
    private static final long BASE = 0x100000;

    private static ExecutableBuilder image() {
        byte[] text = {(byte) 0xf4, (byte) 0xeb, (byte) 0xfd, 0};
        byte[] data = {1, 2, 3, 4, 5, 6, 7, 8};
        ExecutableBuilder b = new ExecutableBuilder(BASE);
        b.place(0x1000, text);
        b.place(0x2000, data);
        b.addProgramHeader(ProgramHeader.load(PF_R | PF_X, 0x1000, BASE, text.length, text.length, 0x1000));
        b.addProgramHeader(ProgramHeader.load(PF_R | PF_W, 0x2000, BASE + 0x1000, data.length, 0x100, 0x1000));
        b.addProgramHeader(ProgramHeader.note(0x1000, BASE, 4, 4));
        int textIndex = b.addSection(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, BASE, 0x1000, 4, 16);
        int bss = b.addSection(".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, BASE + 0x1008, 0x2008, 0xf8, 8);
        b.defineSymbol("ariadne.kernel.Kernel.halt()V", textIndex, BASE, 4, STB_GLOBAL, STT_FUNC);
        b.defineSymbol("loop", textIndex, BASE + 1, 0, STB_LOCAL, STT_NOTYPE);
        b.defineSymbol("__bss_end", bss, BASE + 0x1100, 0, STB_GLOBAL, STT_NOTYPE);
        return b;
    }

    @Test
    void programHeadersEntryAndLayoutSurviveARoundTrip() {
        byte[] bytes = image().toBytes();
        ElfFile file = ElfReader.read(bytes);
        assertEquals(ET_EXEC, file.fileType());
        assertEquals(BASE, file.entry());
        List<ProgramHeader> segments = file.programHeaders();
        assertEquals(3, segments.size());
        assertEquals(ProgramHeader.load(PF_R | PF_X, 0x1000, BASE, 4, 4, 0x1000), segments.get(0));
        assertEquals(0x100, segments.get(1).memorySize());
        assertEquals(PT_NOTE, segments.get(2).type());
        assertEquals((byte) 0xf4, bytes[0x1000]);
        assertEquals(8, bytes[0x2007]);
    }

    @Test
    void sectionsAndSymbolsAreReadable() {
        ElfFile file = ElfReader.read(image().toBytes());
        ElfSection text = file.section(".text").orElseThrow();
        assertEquals(BASE, text.address());
        assertEquals(4, text.data().length);
        assertTrue(file.section(".bss").orElseThrow().isNobits());
        assertEquals("loop", file.symbols().get(1).name(), "locals first");
        ElfSymbol halt = file.symbol("ariadne.kernel.Kernel.halt()V").orElseThrow();
        assertEquals(BASE, halt.value());
        assertEquals(text.index(), halt.sectionIndex());
    }

    @Test
    void imageWithoutSectionsHasNoSectionHeaders() {
        ExecutableBuilder b = new ExecutableBuilder(BASE);
        b.place(0x1000, new byte[16]);
        b.addProgramHeader(ProgramHeader.load(PF_R, 0x1000, BASE, 16, 16, 0x1000));
        ElfFile file = ElfReader.read(b.toBytes());
        assertTrue(file.sections().isEmpty());
        assertEquals(1, file.programHeaders().size());
    }

    @Test
    void rejectsOverlappingBytesAndSegmentsPastTheBytes() {
        ExecutableBuilder overlapping = new ExecutableBuilder(BASE);
        overlapping.place(0x1000, new byte[16]);
        overlapping.place(0x1008, new byte[16]);
        assertThrows(IllegalStateException.class, overlapping::toBytes);

        ExecutableBuilder tooLong = new ExecutableBuilder(BASE);
        tooLong.place(0x1000, new byte[16]);
        tooLong.addProgramHeader(ProgramHeader.load(PF_R, 0x1000, BASE, 32, 32, 0x1000));
        assertThrows(IllegalStateException.class, tooLong::toBytes);
    }

    @Test
    void readerRejectsSegmentWhoseFileSizeExceedsItsMemorySize() {
        ExecutableBuilder b = new ExecutableBuilder(BASE);
        b.place(0x1000, new byte[16]);
        b.addProgramHeader(ProgramHeader.load(PF_R, 0x1000, BASE, 16, 8, 0x1000));
        ElfFormatException e = assertThrows(ElfFormatException.class, () -> ElfReader.read(b.toBytes()));
        assertTrue(e.getMessage().contains("exceeds memory size"), e.getMessage());
    }

    @Test
    void readerRejectsLoadSegmentWhoseOffsetAndAddressDisagreeModuloAlignment() {
        ExecutableBuilder b = new ExecutableBuilder(BASE);
        b.place(0x1000, new byte[16]);
        b.addProgramHeader(ProgramHeader.load(PF_R, 0x1000, BASE + 8, 16, 16, 0x1000));
        ElfFormatException e = assertThrows(ElfFormatException.class, () -> ElfReader.read(b.toBytes()));
        assertTrue(e.getMessage().contains("disagree modulo alignment"), e.getMessage());
    }

    @Test
    void readerRejectsSegmentBytesBeyondTheFile() {
        byte[] bytes = image().toBytes();
        // p_filesz of the first program header (at 64 + 32) made larger than the file
        bytes[64 + 32 + 3] = 0x7f;
        ElfFormatException e = assertThrows(ElfFormatException.class, () -> ElfReader.read(bytes));
        assertTrue(e.getMessage().contains("program header 0: file bytes"), e.getMessage());
    }
}
