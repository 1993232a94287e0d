package ariadne.compiler;

import ariadne.elf.ElfFile;
import ariadne.elf.ElfReader;
import ariadne.elf.ElfRelocation;
import ariadne.elf.ElfSection;
import ariadne.elf.ElfSymbol;
import java.util.List;
import java.util.Map;

/** Compiles test sources as a cell against {@link FakeLibrary} and reads the result back. */
public final class CellFixture {
    public static final String MAGIC_STUBS = """
            package ariadne.magic;
            public final class Address {
                public static Address zero() { return null; }
                public static Address fromLong(long bits) { return null; }
                public long toLong() { return 0; }
                public Address plus(long bytes) { return null; }
                public int loadInt() { return 0; }
                public void storeByte(long offset, byte value) { }
                public void storeLong(long value) { }
                public void storeLong(long offset, long value) { }
                public long loadLong() { return 0; }
                public long loadLong(long offset) { return 0; }
            }
            """;
    public static final String MAGIC_CLASS = """
            package ariadne.magic;
            public final class Magic {
                public static void outb(int port, int value) { }
                public static Address symbolAddress(String name) { return null; }
                public static Object addressAsObject(Address address) { return null; }
            }
            """;

    final CompiledCell cell;
    final ElfFile elf;

    private CellFixture(CompiledCell cell) {
        this.cell = cell;
        this.elf = ElfReader.read(cell.elf());
    }

    static CellFixture compile(boolean privileged, Map<String, String> sources) throws CompileException {
        Map<String, byte[]> classes = JavaSources.compile(sources);
        Map<String, byte[]> library = FakeLibrary.javaBase();
        // The magic API is library code, never part of the cell under test.
        classes.keySet().stream().filter(n -> n.startsWith("ariadne/magic/")).toList()
                .forEach(n -> library.put(n, classes.remove(n)));
        CellSpec spec = new CellSpec("test", 1, privileged, List.of("java.base"));
        return new CellFixture(CellCompiler.compile(spec, classes, library));
    }

    /** The error list of a compilation that must fail. */
    static List<String> errors(boolean privileged, Map<String, String> sources) {
        try {
            compile(privileged, sources);
        } catch (CompileException e) {
            return e.errors();
        }
        throw new AssertionError("compilation was expected to fail");
    }

    ElfSection section(String name) {
        return elf.section(name).orElseThrow(() -> new AssertionError("no section " + name + " in "
                + elf.sections().stream().map(ElfSection::name).toList()));
    }

    ElfSymbol symbol(String name) {
        return elf.symbol(name).orElseThrow(() -> new AssertionError("no symbol " + name));
    }

    /** Names of the symbols the relocations of a section refer to. */
    List<String> relocationTargets(String sectionName) {
        List<ElfRelocation> relocations = elf.relocationsFor(section(sectionName).index());
        return relocations.stream().map(r -> elf.symbols().get(r.symbolIndex()).name()).toList();
    }
}
