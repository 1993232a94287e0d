package ariadne.compiler;

import static ariadne.elf.ElfConstants.*;
import static org.junit.jupiter.api.Assertions.*;

import ariadne.compiler.cell.MethodTableWriter;
import ariadne.elf.ElfRelocation;
import ariadne.elf.ElfSection;
import ariadne.elf.ElfSymbol;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The method table a cell carries for the unwinder and stack traces, read back from the ELF object. */
class MethodTableTest {
    private static final Map<String, String> SOURCES = Map.of("p.Guarded", """
            package p;
            class Guarded {
                static int risky(int x) {
                    return 10 / x;
                }
                static int guarded(int x) {
                    try {
                        return risky(x);
                    } catch (IllegalStateException e) {
                        return -1;
                    } finally {
                        x++;
                    }
                }
                static int seed = risky(1);
            }
            """);

    @Test
    void tableIsOneLoadedReadOnlySectionNamedByTheCellSymbol() throws CompileException {
        CellFixture f = CellFixture.compile(false, SOURCES);
        ElfSection table = f.section(MethodTableWriter.SECTION);
        assertEquals(SHF_ALLOC, table.flags());
        assertEquals(0, table.size() % 8, "tables of several cells follow one another without gaps");
        ElfSymbol symbol = f.symbol(MethodTableWriter.tableSymbol("test"));
        assertEquals(STB_GLOBAL, symbol.binding());
        assertEquals(table.index(), symbol.sectionIndex());
        assertEquals(0, symbol.value());

        ByteBuffer bytes = bytes(table);
        assertEquals(MethodTableWriter.MAGIC, bytes.getInt(0));
        assertEquals(table.size(), bytes.getInt(8));
    }

    @Test
    void entryNamesTheMethodAndItsCodeAndKeepsTheFrameSize() throws CompileException {
        CellFixture f = CellFixture.compile(false, SOURCES);
        ByteBuffer bytes = bytes(f.section(MethodTableWriter.SECTION));
        int entry = entryOf(f, "p.Guarded.guarded(I)I");
        assertEquals(f.symbol("p.Guarded.guarded(I)I").size(), bytes.getInt(entry + 8));
        assertTrue(bytes.getInt(entry + 12) >= 1, "the caught exception's local has a frame slot");
        assertEquals("p.Guarded", string(bytes, entry, 16));
        assertEquals("guarded", string(bytes, entry, 20));
        assertEquals("Guarded.java", string(bytes, entry, 24));
    }

    @Test
    void lineTableAscendsInCodeOffsets() throws CompileException {
        CellFixture f = CellFixture.compile(false, SOURCES);
        ByteBuffer bytes = bytes(f.section(MethodTableWriter.SECTION));
        int entry = entryOf(f, "p.Guarded.risky(I)I");
        int lines = entry + bytes.getInt(entry + 28);
        assertEquals(1, bytes.getInt(lines), "one line of code");
        assertEquals(4, bytes.getInt(lines + 8), "risky's body is on line 4");
        assertEquals(0, bytes.getInt(entry + 32), "no handler table");
    }

    @Test
    void handlersKeepClassFileOrderWithCatchTypesRelocatedAndZeroForFinally() throws CompileException {
        CellFixture f = CellFixture.compile(false, SOURCES);
        ElfSection section = f.section(MethodTableWriter.SECTION);
        ByteBuffer bytes = bytes(section);
        int entry = entryOf(f, "p.Guarded.guarded(I)I");
        int handlers = entry + bytes.getInt(entry + 32);
        assertEquals(0, handlers % 8);
        int count = bytes.getInt(handlers);
        assertTrue(count >= 2, "a catch and a finally");
        Map<Integer, String> targets = relocationTargets(f, section);
        int first = handlers + 8;
        assertTrue(bytes.getInt(first) < bytes.getInt(first + 4), "a non-empty code range");
        int codeSize = bytes.getInt(entry + 8);
        assertTrue(bytes.getInt(first + 8) > bytes.getInt(first) && bytes.getInt(first + 8) < codeSize);
        assertEquals("type:java.lang.IllegalStateException", targets.get(first + 16));
        int last = handlers + 8 + 24 * (count - 1);
        assertNull(targets.get(last + 16), "finally catches anything");
        assertEquals(0, bytes.getLong(last + 16));
    }

    @Test
    void aClassInitialisationGuardCatchesAnythingItsInitialiserThrows() throws CompileException {
        CellFixture f = CellFixture.compile(false, SOURCES);
        ElfSection section = f.section(MethodTableWriter.SECTION);
        ByteBuffer bytes = bytes(section);
        int entry = entryOf(f, "p.Guarded.<clinit-guard>()V");
        int handlers = entry + bytes.getInt(entry + 32);
        assertEquals(1, bytes.getInt(handlers));
        int first = handlers + 8;
        assertTrue(bytes.getInt(first) < bytes.getInt(first + 4), "a non-empty code range");
        assertTrue(bytes.getInt(first + 8) >= bytes.getInt(first + 4), "the handler follows the guarded calls");
        assertNull(relocationTargets(f, section).get(first + 16), "catch-any");
    }

    private static ByteBuffer bytes(ElfSection section) {
        return ByteBuffer.wrap(section.data()).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Offset of the entry whose code start is relocated against {@code methodSymbol}. */
    private static int entryOf(CellFixture f, String methodSymbol) {
        Map<Integer, String> targets = relocationTargets(f, f.section(MethodTableWriter.SECTION));
        ByteBuffer bytes = bytes(f.section(MethodTableWriter.SECTION));
        int count = bytes.getInt(4);
        for (int i = 0; i < count; i++) {
            int entry = MethodTableWriter.HEADER_SIZE + MethodTableWriter.ENTRY_SIZE * i;
            if (methodSymbol.equals(targets.get(entry))) {
                return entry;
            }
        }
        throw new AssertionError("no entry for " + methodSymbol + " in " + targets.values());
    }

    private static Map<Integer, String> relocationTargets(CellFixture f, ElfSection section) {
        Map<Integer, String> targets = new HashMap<>();
        for (ElfRelocation r : f.elf.relocationsFor(section.index())) {
            assertEquals(R_X86_64_64, r.type());
            targets.put((int) r.offset(), f.elf.symbols().get(r.symbolIndex()).name());
        }
        return targets;
    }

    private static String string(ByteBuffer bytes, int entry, int field) {
        int at = entry + bytes.getInt(entry + field);
        int length = Short.toUnsignedInt(bytes.getShort(at));
        byte[] utf8 = new byte[length];
        bytes.get(at + 2, utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
