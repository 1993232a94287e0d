package ariadne.linker;

import static ariadne.elf.ElfConstants.*;

import ariadne.elf.RelocatableBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The image's table of its own non-local symbols, loaded read-only so that the in-OS loader can
 * resolve a loaded cell's imports against the statically linked cells. The names are known
 * before layout (so the table's size is), the addresses only after: the linker first places a
 * zero-filled section of the final size, then {@link #fill}s it.
 *
 * <pre>
 * header  +0 u32 magic "ASYM"   +4 u32 count   +8 u32 offset of the names   +12 u32 table size
 * entry   +0 u64 address   +8 u32 name offset (from the names)   +12 u16 name length
 *         +14 u8 binding (STB_*)   +15 u8 type (STT_*)
 * names   UTF-8, not terminated
 * </pre>
 * Entries are sorted by the unsigned bytes of their UTF-8 names, for binary search.
 */
final class InImageSymbolTable {
    static final String OBJECT_NAME = "<symbol table>";
    static final String SECTION_NAME = ".rodata.symbol-table";
    static final String START = "__symbol_table";
    static final String END = "__symbol_table_end";
    static final int MAGIC = 0x4d595341;
    static final int HEADER_SIZE = 16;
    static final int ENTRY_SIZE = 16;
    static final int MAX_NAME_LENGTH = 0xffff;

    private final byte[][] names;
    private final int[] nameOffsets;
    private final int namesStart;
    private final int size;

    private InImageSymbolTable(byte[][] names) {
        this.names = names;
        this.nameOffsets = new int[names.length];
        int offset = 0;
        for (int i = 0; i < names.length; i++) {
            nameOffsets[i] = offset;
            offset += names[i].length;
        }
        this.namesStart = HEADER_SIZE + ENTRY_SIZE * names.length;
        this.size = namesStart + offset;
    }

    /** A table for {@code names} plus its own start and end symbols. */
    static InImageSymbolTable forNames(Collection<String> names) {
        TreeSet<String> all = new TreeSet<>(names);
        all.add(START);
        all.add(END);
        byte[][] encoded = all.stream().map(n -> n.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        Arrays.sort(encoded, Arrays::compareUnsigned);
        for (byte[] name : encoded) {
            if (name.length > MAX_NAME_LENGTH) {
                throw new LinkException("symbol name longer than " + MAX_NAME_LENGTH + " bytes: "
                        + new String(name, 0, 80, StandardCharsets.UTF_8) + "...");
            }
        }
        return new InImageSymbolTable(encoded);
    }

    /**
     * The names the image will carry as non-local symbols: every chosen definition in a selected
     * section or absolute, every linker-defined symbol and every alias.
     */
    static List<String> exportedNames(GlobalSymbols globals, List<InputSection> selected,
                                      Map<String, String> aliases) {
        Map<InputObject, Set<Integer>> selectedSections = new IdentityHashMap<>();
        for (InputSection s : selected) {
            selectedSections.computeIfAbsent(s.object(), o -> new HashSet<>()).add(s.section().index());
        }
        List<String> names = new ArrayList<>();
        for (GlobalSymbols.Definition d : globals.all()) {
            if (d.symbol().isAbsolute()
                    || selectedSections.getOrDefault(d.object(), Set.of()).contains(d.symbol().sectionIndex())) {
                names.add(d.symbol().name());
            }
        }
        names.addAll(LinkerSymbols.ALL);
        names.addAll(aliases.keySet());
        return names;
    }


    /** The object that reserves the table's place: one zero-filled read-only section and its bounds. */
    byte[] placeholderObject() {
        RelocatableBuilder elf = new RelocatableBuilder();
        int section = elf.addSection(SECTION_NAME, SHT_PROGBITS, SHF_ALLOC, 8, new byte[size]);
        elf.defineSymbol(START, section, 0, size, STB_GLOBAL, STT_OBJECT);
        elf.defineSymbol(END, section, size, 0, STB_GLOBAL, STT_NOTYPE);
        return elf.toBytes();
    }

    /** Writes the table at {@code tableOffset} of {@code loaded}, from the image's final symbols. */
    void fill(byte[] loaded, int tableOffset, List<ImageSymbol> symbols) {
        Map<String, ImageSymbol> byName = new HashMap<>();
        for (ImageSymbol s : symbols) {
            if (s.binding() != STB_LOCAL) {
                byName.put(s.name(), s);
            }
        }
        if (byName.size() != names.length) {
            throw new IllegalStateException("the image has " + byName.size() + " non-local symbols but the table was"
                    + " sized for " + names.length);
        }
        put(loaded, tableOffset, MAGIC, 4);
        put(loaded, tableOffset + 4, names.length, 4);
        put(loaded, tableOffset + 8, namesStart, 4);
        put(loaded, tableOffset + 12, size, 4);
        for (int i = 0; i < names.length; i++) {
            String name = new String(names[i], StandardCharsets.UTF_8);
            ImageSymbol symbol = byName.get(name);
            if (symbol == null) {
                throw new IllegalStateException("symbol " + name + " was expected in the image but is missing");
            }
            int entry = tableOffset + HEADER_SIZE + ENTRY_SIZE * i;
            put(loaded, entry, symbol.address(), 8);
            put(loaded, entry + 8, nameOffsets[i], 4);
            put(loaded, entry + 12, names[i].length, 2);
            put(loaded, entry + 14, symbol.binding(), 1);
            put(loaded, entry + 15, symbol.type(), 1);
            System.arraycopy(names[i], 0, loaded, tableOffset + namesStart + nameOffsets[i], names[i].length);
        }
    }

    private static void put(byte[] bytes, int at, long value, int width) {
        for (int i = 0; i < width; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
