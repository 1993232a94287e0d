package ariadne.linker;

import static ariadne.elf.ElfConstants.*;
import static ariadne.linker.ImageLayoutTest.readU64;
import static ariadne.linker.TestObjects.*;
import static org.junit.jupiter.api.Assertions.*;

import ariadne.elf.ElfReader;
import ariadne.elf.RelocatableBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolResolutionTest {
    @Test
    void duplicateGlobalNamesBothObjects() {
        LinkException e = assertThrows(LinkException.class,
                () -> ImageLinker.link(List.of(boot(), kernel(), runtime(), runtime()), new LinkOptions(ENTRY)));
        assertTrue(e.getMessage().contains("duplicate symbol ariadne.runtime.Throws.nullPointer()V defined in "
                + "runtime.cell(.text.ariadne.runtime.Throws.nullPointer()V) and in runtime.cell("), e.getMessage());
    }

    @Test
    void undefinedSymbolListsEveryReference() {
        LinkException e = assertThrows(LinkException.class,
                () -> ImageLinker.link(List.of(boot(), kernel()), new LinkOptions(ENTRY)));
        assertTrue(e.getMessage().startsWith("undefined symbols:"), e.getMessage());
        assertTrue(e.getMessage().contains("type:java.lang.String referenced from kernel.cell(.rodata.str.abc)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("ariadne.runtime.Throws.nullPointer()V referenced from kernel.cell(.text."
                + START + ")"), e.getMessage());
        assertFalse(e.getMessage().contains("only.in.Meta"), "non-loaded sections do not need their symbols");
    }

    @Test
    void undefinedEntryIsReported() {
        LinkException e = assertThrows(LinkException.class,
                () -> ImageLinker.link(List.of(boot(), kernel(), runtime()), new LinkOptions("no_such_entry")));
        assertTrue(e.getMessage().contains("no_such_entry referenced from the entry point"), e.getMessage());
    }

    @Test
    void repeatedWeakDefinitionKeepsOnlyTheFirstCopy() {
        LinkResult result = ImageLinker.link(List.of(boot(), kernel(), runtime()), new LinkOptions(ENTRY));
        assertEquals(1, result.map().lines().filter(l -> l.contains(" str:abc ")).count(), result.map());
        assertTrue(result.map().contains(" str:abc  kernel.cell"), result.map());
        // The runtime's copy is dropped: read-only data is the kernel literal plus the String type.
        assertEquals(24 + 64, ElfReader.read(result.image()).section(".rodata").orElseThrow().size());
    }

    @Test
    void globalDefinitionBeatsEarlierWeakOnes() {
        RelocatableBuilder strong = new RelocatableBuilder();
        int literal = strong.addSection(".rodata.strong", SHT_PROGBITS, RODATA, 8, new byte[24]);
        strong.defineSymbol("str:abc", literal, 0, 24, STB_GLOBAL, STT_OBJECT);
        LinkResult result = ImageLinker.link(List.of(boot(), kernel(), runtime(), new NamedObject("strong.o",
                strong.toBytes())), new LinkOptions(ENTRY));
        assertTrue(result.map().contains(" str:abc  strong.o"), result.map());
        long kernelStatic = result.symbolAddress("static:ariadne.kernel.Kernel.greeting");
        assertEquals(result.symbolAddress("str:abc"), readU64(result.image(), kernelStatic - 0x100000 + 0x1000));
    }

    @Test
    void losingWeakCopyStaysWhenReachedThroughALocalSymbol() {
        RelocatableBuilder b = new RelocatableBuilder();
        int literal = b.addSection(".rodata.str.abc", SHT_PROGBITS, RODATA, 8, new byte[24]);
        b.defineSymbol("str:abc", literal, 0, 24, STB_WEAK, STT_OBJECT);
        b.defineSymbol("chars", literal, 16, 8, STB_LOCAL, STT_OBJECT);
        int code = b.addSection(".text.user", SHT_PROGBITS, TEXT, 16, new byte[8]);
        b.addRelocation(code, 0, R_X86_64_64, "chars", 0);
        LinkResult result = ImageLinker.link(List.of(boot(), kernel(), runtime(), new NamedObject("user.o", b.toBytes())),
                new LinkOptions(ENTRY));
        long charsPointer = readU64(result.image(), result.symbolAddress("__text_end") - 8 - 0x100000 + 0x1000);
        assertNotEquals(result.symbolAddress("str:abc") + 16, charsPointer, "not redirected to the winner");
        assertEquals(24 + 64 + 24, ElfReader.read(result.image()).section(".rodata").orElseThrow().size());
    }

    @Test
    void objectsCannotDefineLinkerSymbols() {
        RelocatableBuilder b = new RelocatableBuilder();
        int data = b.addSection(".data.x", SHT_PROGBITS, DATA, 8, new byte[8]);
        b.defineSymbol("__bss_end", data, 0, 8, STB_GLOBAL, STT_OBJECT);
        LinkException e = assertThrows(LinkException.class, () -> ImageLinker.link(
                List.of(boot(), kernel(), runtime(), new NamedObject("x.o", b.toBytes())), new LinkOptions(ENTRY)));
        assertTrue(e.getMessage().contains("__bss_end is defined by the linker but also in x.o(.data.x)"),
                e.getMessage());
    }

    @Test
    void malformedInputNamesTheObject() {
        LinkException e = assertThrows(LinkException.class, () -> ImageLinker.link(
                List.of(boot(), new NamedObject("broken.cell", new byte[10])), new LinkOptions(ENTRY)));
        assertTrue(e.getMessage().startsWith("broken.cell: malformed ELF: "), e.getMessage());
    }
}
