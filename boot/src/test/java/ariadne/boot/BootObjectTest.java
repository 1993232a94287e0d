package ariadne.boot;

import static ariadne.elf.ElfConstants.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ariadne.elf.ElfFile;
import ariadne.elf.ElfReader;
import ariadne.elf.ElfRelocation;
import ariadne.elf.ElfSection;
import ariadne.elf.ElfSymbol;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the boot object back and checks the contract with the linker and the loaders. */
class BootObjectTest {
    private static final String JAVA_ENTRY = "ariadne.kernel.Kernel.start(ILariadne/magic/Address;)V";
    private final ElfFile elf = ElfReader.read(BootTrampoline.buildObject(JAVA_ENTRY));

    @Test
    void sectionsComeInLinkOrderWithTheirTypes() {
        List<String> names = elf.sections().stream().map(ElfSection::name)
                .filter(n -> n.startsWith(".boot") || n.startsWith(".note")).toList();
        assertEquals(List.of(".boot.multiboot", ".note.pvh", ".boot.text", ".boot.data", ".boot.bss"), names);
        assertSection(".boot.multiboot", SHT_PROGBITS, SHF_ALLOC, 4);
        assertSection(".note.pvh", SHT_NOTE, SHF_ALLOC, 4);
        assertSection(".boot.text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 16);
        assertSection(".boot.data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 8);
        assertSection(".boot.bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, 4096);
    }

    @Test
    void multibootHeaderChecksumAndAddressFields() {
        ByteBuffer header = contents(".boot.multiboot");
        assertEquals(32, header.limit());
        int magic = header.getInt(0);
        int flags = header.getInt(4);
        assertEquals(0x1BADB002, magic);
        assertEquals(0x00010003, flags);
        assertEquals(0, magic + flags + header.getInt(8));
        assertRelocations(".boot.multiboot", List.of(
                reloc(12, R_X86_64_32, BootSymbols.MULTIBOOT_HEADER),
                reloc(16, R_X86_64_32, "__image_start"),
                reloc(20, R_X86_64_32, "__load_end"),
                reloc(24, R_X86_64_32, "__bss_end"),
                reloc(28, R_X86_64_32, BootTrampoline.ENTRY_SYMBOL)));
        assertEquals(0, symbol(BootSymbols.MULTIBOOT_HEADER).value());
    }

    @Test
    void pvhNoteNamesThe32BitEntry() {
        ByteBuffer note = contents(".note.pvh");
        assertEquals(4, note.getInt(0));
        assertEquals(8, note.getInt(4));
        assertEquals(18, note.getInt(8));
        assertEquals('X', note.get(12));
        assertEquals('e', note.get(13));
        assertEquals('n', note.get(14));
        assertEquals(0, note.get(15));
        assertEquals(24, note.limit());
        assertRelocations(".note.pvh", List.of(reloc(16, R_X86_64_32, BootTrampoline.PVH_ENTRY_SYMBOL)));
    }

    @Test
    void entriesAreGlobalFunctionsInBootText() {
        int text = elf.section(".boot.text").orElseThrow().index();
        for (String name : List.of(BootTrampoline.ENTRY_SYMBOL, BootTrampoline.PVH_ENTRY_SYMBOL)) {
            ElfSymbol entry = symbol(name);
            assertEquals(STB_GLOBAL, entry.binding(), name);
            assertEquals(STT_FUNC, entry.type(), name);
            assertEquals(text, entry.sectionIndex(), name);
        }
        assertEquals(0, symbol(BootTrampoline.PVH_ENTRY_SYMBOL).value());
        assertTrue(symbol(BootSymbols.LONG_MODE).value() % 16 == 0, "64-bit code is 16-byte aligned");
    }

    @Test
    void bootTextCallsJavaAndFarJumpsToLongMode() {
        List<ElfRelocation> relocs = elf.relocationsFor(elf.section(".boot.text").orElseThrow().index());
        ElfRelocation call = only(relocs, JAVA_ENTRY);
        assertEquals(R_X86_64_PC32, call.type());
        assertEquals(-4, call.addend());
        assertEquals(0xE8, contents(".boot.text").get((int) call.offset() - 1) & 0xFF, "call rel32");
        ElfRelocation farJump = only(relocs, BootSymbols.LONG_MODE);
        assertEquals(R_X86_64_32, farJump.type());
        ByteBuffer text = contents(".boot.text");
        assertEquals(0xEA, text.get((int) farJump.offset() - 1) & 0xFF, "ljmp ptr16:32");
        assertEquals(BootData.CODE_SELECTOR, text.getShort((int) farJump.offset() + 4));
        ElfRelocation stack = only(relocs, BootSymbols.STACK_TOP);
        assertEquals(R_X86_64_PC32, stack.type());
    }

    @Test
    void gdtHasNullLongModeCodeAndFlatData() {
        ByteBuffer data = contents(".boot.data");
        assertEquals(0L, data.getLong(0));
        assertEquals(0x00AF9A000000FFFFL, data.getLong(BootData.CODE_SELECTOR));
        assertEquals(0x00CF92000000FFFFL, data.getLong(BootData.DATA_SELECTOR));
        long pointer = symbol(BootSymbols.GDT_POINTER).value();
        assertEquals(3 * 8 - 1, data.getShort((int) pointer));
        assertRelocations(".boot.data", List.of(reloc(pointer + 2, R_X86_64_32, BootSymbols.GDT)));
    }

    @Test
    void bssHoldsPageTablesAndTheBootStack() {
        assertEquals(6 * 4096 + 1024 * 1024, elf.section(".boot.bss").orElseThrow().size());
        assertEquals(0, symbol(BootSymbols.PML4).value());
        assertEquals(4096, symbol(BootSymbols.PDPT).value());
        assertEquals(2 * 4096, symbol(BootSymbols.PAGE_DIRECTORIES).value());
        assertEquals(6 * 4096 + 1024 * 1024, symbol(BootSymbols.STACK_TOP).value());
        assertEquals(1024 * 1024, symbol(BootSymbols.STACK_TOP).value() - symbol(BootSymbols.STACK_BOTTOM).value());
    }

    @Test
    void onlyLinkerSymbolsAndTheJavaEntryAreUndefined() {
        List<String> undefined = elf.symbols().stream()
                .filter(s -> !s.isDefined() && !s.name().isEmpty()).map(ElfSymbol::name).sorted().toList();
        assertEquals(List.of("__bss_end", "__image_start", "__load_end", JAVA_ENTRY), undefined);
        assertFalse(symbol(BootSymbols.PML4).binding() == STB_GLOBAL, "internal symbols stay local");
    }

    @Test
    void javaEntryIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> BootTrampoline.buildObject(""));
    }

    private void assertSection(String name, int type, long flags, long alignment) {
        ElfSection s = elf.section(name).orElseThrow();
        assertEquals(type, s.type(), name);
        assertEquals(flags, s.flags(), name);
        assertEquals(alignment, s.alignment(), name);
    }

    private record Expected(long offset, int type, String symbol) {
    }

    private static Expected reloc(long offset, int type, String symbol) {
        return new Expected(offset, type, symbol);
    }

    private void assertRelocations(String section, List<Expected> expected) {
        List<Expected> actual = elf.relocationsFor(elf.section(section).orElseThrow().index()).stream()
                .map(r -> {
                    assertEquals(0, r.addend(), section);
                    return reloc(r.offset(), r.type(), elf.symbols().get(r.symbolIndex()).name());
                }).toList();
        assertEquals(expected, actual);
    }

    private ElfRelocation only(List<ElfRelocation> relocs, String symbol) {
        List<ElfRelocation> matching = relocs.stream()
                .filter(r -> elf.symbols().get(r.symbolIndex()).name().equals(symbol)).toList();
        assertEquals(1, matching.size(), symbol);
        return matching.get(0);
    }

    private ElfSymbol symbol(String name) {
        return elf.symbol(name).orElseThrow(() -> new AssertionError("no symbol " + name));
    }

    private ByteBuffer contents(String section) {
        return ByteBuffer.wrap(elf.section(section).orElseThrow().data()).order(ByteOrder.LITTLE_ENDIAN);
    }
}
