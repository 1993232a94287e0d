package ariadne.compiler;

import static ariadne.elf.ElfConstants.*;
import static org.junit.jupiter.api.Assertions.*;

import ariadne.compiler.abi.TibLayout;
import ariadne.compiler.cell.CellMeta;
import ariadne.elf.ElfRelocation;
import ariadne.elf.ElfSection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectCodeTest {
    private static final Map<String, String> SOURCES = Map.of(
            "p.Shape", """
                    package p;
                    abstract class Shape implements Named {
                        byte tag;
                        Shape next;
                        long id;
                        abstract int area();
                        int twice() { return 2 * area(); }
                        public String name() { return "shape"; }
                    }
                    """,
            "p.Square", """
                    package p;
                    final class Square extends Shape {
                        int side;
                        Square(int side) { this.side = side; }
                        int area() { return side * side; }
                        static int use(Object o) {
                            if (o instanceof Named n) {
                                return ((Shape) o).twice() + n.name().hashCode();
                            }
                            return new Square(3).area();
                        }
                    }
                    """,
            "p.Named", """
                    package p;
                    interface Named {
                        String name();
                    }
                    """);

    @Test
    void fieldsAreLaidOutReferencesFirstThenWidestFirst() throws CompileException {
        CellFixture f = CellFixture.compile(false, SOURCES);
        List<List<String>> meta = CellMeta.parse(f.section(".cell.meta").data());
        int shape = meta.indexOf(List.of("class", "p.Shape", "size", "40"));
        assertTrue(shape > 0, meta.toString());
        assertEquals(List.of("field", "next", "16", "reference"), meta.get(shape + 1));
        assertEquals(List.of("field", "id", "24", "long"), meta.get(shape + 2));
        assertEquals(List.of("field", "tag", "32", "byte"), meta.get(shape + 3));
        assertTrue(meta.contains(List.of("field", "side", "40", "int")));
    }

    @Test
    void typeDescriptorsCarryVtableDisplayAndInterfaceTable() throws CompileException {
        CellFixture f = CellFixture.compile(false, SOURCES);
        ElfSection tib = f.section(".rodata.type.p.Square");
        // Object's 3 methods, then area, twice and name.
        assertEquals(6, readInt(tib.data(), TibLayout.VTABLE_LENGTH));
        assertEquals(2, readInt(tib.data(), TibLayout.DEPTH));
        assertEquals(48, readInt(tib.data(), TibLayout.SIZE));
        assertEquals(STB_GLOBAL, f.symbol("type:p.Square").binding());
        List<String> targets = f.relocationTargets(".rodata.type.p.Square");
        assertTrue(targets.containsAll(List.of("type:p.Shape", "p.Square.area()I", "p.Shape.twice()I",
                "p.Shape.name()Ljava/lang/String;", "type:java.lang.Object", "type:p.Named")), targets.toString());
        ElfRelocation vtableArea = f.elf.relocationsFor(tib.index()).stream()
                .filter(r -> r.offset() == TibLayout.vtableEntry(3)).findFirst().orElseThrow();
        assertEquals("p.Square.area()I", f.elf.symbols().get(vtableArea.symbolIndex()).name());
    }

    @Test
    void callsDispatchThroughTablesUnlessTheTargetIsFinal() throws CompileException {
        CellFixture f = CellFixture.compile(false, SOURCES);
        List<String> use = f.relocationTargets(".text.p.Square.use(Ljava/lang/Object;)I");
        // instanceof Named scans the interface table; the cast to Shape uses the display.
        assertTrue(use.contains("type:p.Named"));
        assertTrue(use.contains("type:p.Shape"));
        assertTrue(use.contains("ariadne.runtime.Throws.classCast(Ljava/lang/Object;Lariadne/magic/Address;)V"));
        // new Square(3).area(): Square is final, so area is called directly; twice() and name() are not.
        assertTrue(use.contains("p.Square.area()I"));
        assertFalse(use.contains("p.Shape.twice()I"));
        assertTrue(use.contains("ariadne.runtime.Allocator.allocateObject(Lariadne/magic/Address;I)Ljava/lang/Object;"));
        assertTrue(use.contains("p.Square.<init>(I)V"));
    }

    @Test
    void interfaceDescriptorsListThemselvesSoArraysOfInterfacesPassInterfaceArrayTests() throws CompileException {
        CellFixture f = CellFixture.compile(false, SOURCES);
        List<String> targets = f.relocationTargets(".rodata.type.p.Named");
        // ... display [Object, Named], then the interface table: one entry, Named (its method table is empty).
        assertEquals(List.of("type:java.lang.Object", "type:p.Named", "type:p.Named", "type:p.Named"),
                targets.subList(targets.size() - 4, targets.size()));
    }

    private static int readInt(byte[] data, int offset) {
        return (data[offset] & 0xff) | (data[offset + 1] & 0xff) << 8 | (data[offset + 2] & 0xff) << 16
                | (data[offset + 3] & 0xff) << 24;
    }
}
