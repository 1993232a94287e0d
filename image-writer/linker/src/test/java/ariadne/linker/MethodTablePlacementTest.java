package ariadne.linker;

import static ariadne.elf.ElfConstants.*;
import static ariadne.linker.TestObjects.*;
import static org.junit.jupiter.api.Assertions.*;

import ariadne.elf.RelocatableBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cells' method tables are gathered into one range that the linker's bounds symbols name. */
class MethodTablePlacementTest {
    private static final String TABLES = ".rodata.ariadne.methods";

    @Test
    void tablesOfAllCellsAreContiguousBetweenTheBounds() {
        LinkResult result = ImageLinker.link(List.of(cell("a", 24), cell("b", 40)), new LinkOptions("code:a"));
        long start = result.symbolAddress("__method_tables_start");
        assertEquals(start, result.symbolAddress("methods:a"));
        assertEquals(start + 24, result.symbolAddress("methods:b"), "no other read-only data between them");
        assertEquals(start + 64, result.symbolAddress("__method_tables_end"));
    }

    @Test
    void boundsAreEqualWithoutTables() {
        RelocatableBuilder b = new RelocatableBuilder();
        int text = b.addSection(".text.entry", SHT_PROGBITS, TEXT, 16, new byte[] {(byte) 0xf4});
        b.defineSymbol("entry", text, 0, 1, STB_GLOBAL, STT_FUNC);
        LinkResult result = ImageLinker.link(List.of(new NamedObject("one.o", b.toBytes())), new LinkOptions("entry"));
        assertEquals(result.symbolAddress("__method_tables_start"), result.symbolAddress("__method_tables_end"));
    }

    /** A cell with code, other read-only data and a method table of {@code tableSize} bytes. */
    private static NamedObject cell(String name, int tableSize) {
        RelocatableBuilder b = new RelocatableBuilder();
        int text = b.addSection(".text." + name, SHT_PROGBITS, TEXT, 16, new byte[] {(byte) 0xc3});
        b.defineSymbol("code:" + name, text, 0, 1, STB_GLOBAL, STT_FUNC);
        int type = b.addSection(".rodata.type." + name, SHT_PROGBITS, RODATA, 8, new byte[8]);
        b.defineSymbol("type:" + name, type, 0, 8, STB_GLOBAL, STT_OBJECT);
        int table = b.addSection(TABLES, SHT_PROGBITS, RODATA, 8, new byte[tableSize]);
        b.defineSymbol("methods:" + name, table, 0, tableSize, STB_GLOBAL, STT_OBJECT);
        b.addRelocation(table, 0, R_X86_64_64, "code:" + name, 0);
        return new NamedObject(name + ".cell", b.toBytes());
    }
}
