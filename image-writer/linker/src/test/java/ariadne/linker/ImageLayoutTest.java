package ariadne.linker;

import static ariadne.elf.ElfConstants.*;
import static ariadne.linker.TestObjects.*;
import static org.junit.jupiter.api.Assertions.*;

import ariadne.elf.ElfFile;
import ariadne.elf.ElfReader;
import ariadne.elf.ElfSection;
import ariadne.elf.ProgramHeader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageLayoutTest {
    private static final long BASE = 0x100000;
    private final LinkResult result = ImageLinker.link(List.of(boot(), kernel(), runtime()),
            new LinkOptions(ENTRY));
    private final byte[] image = result.image();
    private final ElfFile elf = ElfReader.read(image);

    @Test
    void bootSectionsComeFirstThenCodeOnePagePerPermission() {
        assertEquals(BASE, result.symbolAddress(ENTRY) - 0x30, ".boot.text after 16-byte header and 20-byte note");
        assertEquals(BASE + 0x40, result.symbolAddress(START));
        assertEquals(BASE + 0x50, result.symbolAddress("ariadne.runtime.Throws.nullPointer()V"));
        assertEquals(BASE + 0x1000, result.symbolAddress("str:abc"), "read-only data on the next page");
        assertEquals(BASE + 0x1018, result.symbolAddress("type:java.lang.String"));
        assertEquals(BASE + 0x2008, result.symbolAddress("static:ariadne.kernel.Kernel.greeting"));
        assertEquals(BASE + 0x13040, result.symbolAddress("static:ariadne.runtime.Heap.free"),
                "bss after the page-aligned 64 KiB boot stack");
    }

    @Test
    void multibootHeaderIsTheFirstLoadedByteInsideTheFirst8KiB() {
        assertEquals(0x1badb002, readU32(image, 0x1000));
    }

    @Test
    void linkerSymbolsDescribeTheImage() {
        assertEquals(BASE, result.symbolAddress("__image_start"));
        assertEquals(BASE + 0x51, result.symbolAddress("__text_end"));
        assertEquals(BASE + 0x2000, result.symbolAddress("__data_start"));
        assertEquals(BASE + 0x2010, result.symbolAddress("__load_end"));
        assertEquals(BASE + 0x3000, result.symbolAddress("__bss_start"));
        assertEquals(BASE + 0x13300, result.symbolAddress("__bss_end"));
        assertEquals(BASE + 0x14000, result.symbolAddress("__image_end"));
    }

    @Test
    void segmentsAreRxRRwWithBssAndANoteForPvh() {
        List<ProgramHeader> segments = elf.programHeaders();
        assertEquals(4, segments.size());
        assertEquals(ProgramHeader.load(PF_R | PF_X, 0x1000, BASE, 0x51, 0x51, 0x1000), segments.get(0));
        assertEquals(ProgramHeader.load(PF_R, 0x2000, BASE + 0x1000, 0x58, 0x58, 0x1000), segments.get(1));
        assertEquals(ProgramHeader.load(PF_R | PF_W, 0x3000, BASE + 0x2000, 0x10, 0x11300, 0x1000),
                segments.get(2));
        assertEquals(ProgramHeader.note(0x1010, BASE + 0x10, 20, 4), segments.get(3));
        assertEquals(result.symbolAddress(ENTRY), elf.entry());
    }

    @Test
    void fileOffsetEqualsAddressMinusBasePlusFirstPageForEverySection() {
        for (ElfSection section : elf.sections()) {
            if (section.isAlloc()) {
                assertEquals(section.address() - BASE + 0x1000, section.offset(), section.name());
            }
        }
        assertEquals(List.of("", ".boot.multiboot", ".note.pvh", ".boot.text", ".text", ".rodata", ".data", ".bss",
                ".symtab", ".strtab", ".shstrtab"), elf.sections().stream().map(ElfSection::name).toList());
    }

    @Test
    void nonAllocSectionsStayOutAndTheirReferencesAreNotNeeded() {
        assertTrue(elf.section(".cell.meta").isEmpty());
        assertTrue(result.findSymbol("only.in.Meta.symbol()V").isEmpty());
    }

    @Test
    void imageSymbolTableKeepsJavaNamesAndLocals() {
        assertEquals(BASE + 0x40, elf.symbol(START).orElseThrow().value());
        assertEquals(elf.section(".text").orElseThrow().index(), elf.symbol(START).orElseThrow().sectionIndex());
        assertTrue(elf.symbol("boot_stack").orElseThrow().isLocal());
        assertEquals(SHN_ABS, elf.symbol("__bss_end").orElseThrow().sectionIndex());
    }

    @Test
    void mapListsSymbolsByAddressWithTheirObjects() {
        List<String> lines = result.map().lines().skip(1).toList();
        assertTrue(lines.get(0).startsWith("0000000000100000 "), lines.get(0));
        assertTrue(lines.contains("0000000000100040       10 " + START + "  kernel.cell"), result.map());
        long previous = 0;
        for (String line : lines) {
            long address = Long.parseUnsignedLong(line.substring(0, 16), 16);
            assertTrue(address >= previous, line);
            previous = address;
        }
    }

    static long readU32(byte[] bytes, long at) {
        long value = 0;
        for (int i = 3; i >= 0; i--) {
            value = value << 8 | (bytes[(int) at + i] & 0xff);
        }
        return value;
    }

    static long readU64(byte[] bytes, long at) {
        return readU32(bytes, at) | readU32(bytes, at + 4) << 32;
    }
}
