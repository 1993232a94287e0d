package ariadne.linker;

import static ariadne.elf.ElfConstants.*;
import static ariadne.linker.TestObjects.*;
import static org.junit.jupiter.api.Assertions.*;

import ariadne.elf.ElfReader;
import ariadne.elf.RelocatableBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionPlacementTest {
    @Test
    void imageWithoutBssHasEmptyBssRangeAtTheLoadEnd() {
        RelocatableBuilder b = new RelocatableBuilder();
        int text = b.addSection(".text.entry", SHT_PROGBITS, TEXT, 16, new byte[] {(byte) 0xf4});
        b.defineSymbol("entry", text, 0, 1, STB_GLOBAL, STT_FUNC);
        int data = b.addSection(".data.x", SHT_PROGBITS, DATA, 8, new byte[8]);
        b.defineSymbol("x", data, 0, 8, STB_GLOBAL, STT_OBJECT);
        LinkResult result = ImageLinker.link(List.of(new NamedObject("one.o", b.toBytes())), new LinkOptions("entry"));
        assertEquals(0x101008, result.symbolAddress("__load_end"));
        assertEquals(0x101008, result.symbolAddress("__bss_start"));
        assertEquals(0x101008, result.symbolAddress("__bss_end"));
        assertEquals(0x102000, result.symbolAddress("__image_end"));
        assertEquals(2, ElfReader.read(result.image()).programHeaders().size(), "RX and RW, no R, no note");
    }

    @Test
    void sectionAlignmentIsRespectedAcrossObjects() {
        RelocatableBuilder first = new RelocatableBuilder();
        int a = first.addSection(".text.a", SHT_PROGBITS, TEXT, 1, new byte[3]);
        first.defineSymbol("a", a, 0, 3, STB_GLOBAL, STT_FUNC);
        RelocatableBuilder second = new RelocatableBuilder();
        int b = second.addSection(".text.b", SHT_PROGBITS, TEXT, 64, new byte[1]);
        second.defineSymbol("b", b, 0, 1, STB_GLOBAL, STT_FUNC);
        LinkResult result = ImageLinker.link(List.of(new NamedObject("a.o", first.toBytes()),
                new NamedObject("b.o", second.toBytes())), new LinkOptions("a"));
        assertEquals(0x100000, result.symbolAddress("a"));
        assertEquals(0x100040, result.symbolAddress("b"));
    }

    @Test
    void writableExecutableSectionsAreRefused() {
        RelocatableBuilder b = new RelocatableBuilder();
        int text = b.addSection(".text.selfmod", SHT_PROGBITS, TEXT | SHF_WRITE, 16, new byte[1]);
        b.defineSymbol("entry", text, 0, 1, STB_GLOBAL, STT_FUNC);
        LinkException e = assertThrows(LinkException.class, () -> ImageLinker.link(
                List.of(new NamedObject("wx.o", b.toBytes())), new LinkOptions("entry")));
        assertTrue(e.getMessage().contains("wx.o(.text.selfmod): sections both writable and executable"),
                e.getMessage());
    }

    @Test
    void symbolInANonLoadedSectionCannotBeReferencedFromCode() {
        RelocatableBuilder b = new RelocatableBuilder();
        int text = b.addSection(".text.entry", SHT_PROGBITS, TEXT, 16, new byte[8]);
        b.defineSymbol("entry", text, 0, 8, STB_GLOBAL, STT_FUNC);
        int meta = b.addSection(".cell.meta", SHT_PROGBITS, 0, 1, new byte[8]);
        b.defineSymbol("cell-descriptor", meta, 0, 8, STB_GLOBAL, STT_OBJECT);
        b.addRelocation(text, 0, R_X86_64_64, "cell-descriptor", 0);
        LinkException e = assertThrows(LinkException.class, () -> ImageLinker.link(
                List.of(new NamedObject("m.o", b.toBytes())), new LinkOptions("entry")));
        assertTrue(e.getMessage().contains("cell-descriptor is defined in m.o(.cell.meta), which is not loaded"),
                e.getMessage());
    }
}
