package ariadne.linker;

import static ariadne.elf.ElfConstants.*;
import static ariadne.linker.TestObjects.*;
import static org.junit.jupiter.api.Assertions.*;

import ariadne.elf.ElfReader;
import ariadne.elf.ElfSection;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loaded table of the image's own symbols that the in-OS loader resolves imports against. */
class InImageSymbolTableTest {
    private static final long FILE_MINUS_ADDRESS = 0x1000 - 0x100000;

    private record Entry(String name, long address, int binding, int type) {
    }

    private static LinkResult linkWithTable() {
        return ImageLinker.link(List.of(boot(), kernel(), runtime()),
                new LinkOptions(ENTRY).withAlias("alias.of.Start()V", START).withSymbolTable());
    }

    /** Parses the table from the image file the way the in-OS loader reads it from memory. */
    private static List<Entry> readTable(LinkResult result) {
        byte[] image = result.image();
        long start = result.symbolAddress(InImageSymbolTable.START);
        ByteBuffer table = ByteBuffer.wrap(image, (int) (start + FILE_MINUS_ADDRESS),
                (int) (result.symbolAddress(InImageSymbolTable.END) - start)).slice().order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(InImageSymbolTable.MAGIC, table.getInt(0));
        int count = table.getInt(4);
        int names = table.getInt(8);
        assertEquals(table.capacity(), table.getInt(12));
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = InImageSymbolTable.HEADER_SIZE + InImageSymbolTable.ENTRY_SIZE * i;
            byte[] name = new byte[Short.toUnsignedInt(table.getShort(at + 12))];
            table.get(names + table.getInt(at + 8), name);
            entries.add(new Entry(new String(name, StandardCharsets.UTF_8), table.getLong(at),
                    table.get(at + 14), table.get(at + 15)));
        }
        return entries;
    }

    @Test
    void everyNonLocalSymbolOfTheImageIsInTheTableWithItsAddress() {
        LinkResult result = linkWithTable();
        List<Entry> entries = readTable(result);
        for (Entry e : entries) {
            assertEquals(result.symbolAddress(e.name()), e.address(), e.name());
        }
        List<String> names = entries.stream().map(Entry::name).toList();
        assertTrue(names.containsAll(List.of(START, "str:abc", "type:java.lang.String", "__image_end",
                "alias.of.Start()V", InImageSymbolTable.START)), names.toString());
        assertFalse(names.contains("boot_stack"), "locals stay out of the table");
        Entry literal = entries.stream().filter(e -> e.name().equals("str:abc")).findFirst().orElseThrow();
        assertEquals(STB_WEAK, literal.binding());
    }

    @Test
    void entriesAreSortedByTheirUtf8BytesForBinarySearch() {
        List<String> names = readTable(linkWithTable()).stream().map(Entry::name).toList();
        for (int i = 1; i < names.size(); i++) {
            assertTrue(java.util.Arrays.compareUnsigned(names.get(i - 1).getBytes(StandardCharsets.UTF_8),
                    names.get(i).getBytes(StandardCharsets.UTF_8)) < 0, names.get(i - 1) + " before " + names.get(i));
        }
    }

    @Test
    void theTableIsLoadedReadOnly() {
        LinkResult result = linkWithTable();
        long start = result.symbolAddress(InImageSymbolTable.START);
        ElfSection rodata = ElfReader.read(result.image()).section(".rodata").orElseThrow();
        assertTrue(start >= rodata.address() && start < rodata.address() + rodata.size());
        assertEquals(SHF_ALLOC, rodata.flags());
    }

    @Test
    void withoutTheOptionThereIsNoTable() {
        LinkResult result = ImageLinker.link(List.of(boot(), kernel(), runtime()), new LinkOptions(ENTRY));
        assertTrue(result.findSymbol(InImageSymbolTable.START).isEmpty());
    }
}
