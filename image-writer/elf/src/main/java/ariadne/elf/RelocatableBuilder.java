package ariadne.elf;

import static ariadne.elf.ElfConstants.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes an ELF64 x86-64 relocatable object (ET_REL).
 *
 * <p>Sections get indices 1, 2, ... in the order they are added; the builder appends one
 * {@code .rela<name>} per section that has relocations, then .symtab, .strtab and .shstrtab.
 * Symbols are referred to by name; a relocation naming a symbol that is never defined
 * produces an undefined (SHN_UNDEF, STB_GLOBAL) symbol for the linker to resolve.
 */
public final class RelocatableBuilder {
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();
    private final Map<Integer, List<Relocation>> relocations = new TreeMap<>();

    private record Section(String name, int type, long flags, long alignment, byte[] data, long size) {
    }

    private record Symbol(String name, int sectionIndex, long value, long size, int binding, int type) {
    }

    private record Relocation(long offset, int type, String symbolName, long addend) {
    }

    /** Adds a section with contents (PROGBITS, NOTE, ...) and returns its section index. */
    public int addSection(String name, int type, long flags, int align, byte[] data) {
        if (type == SHT_NOBITS || type == SHT_SYMTAB || type == SHT_STRTAB || type == SHT_RELA || type == SHT_NULL) {
            throw new IllegalArgumentException("section " + name + ": type " + type
                    + " is not a content section (use addNobitsSection; tables are written by the builder)");
        }
        return add(new Section(name, type, flags, checkedAlignment(name, align), data.clone(), data.length));
    }

    /** Adds a zero-initialised section that takes no file space (.bss) and returns its index. */
    public int addNobitsSection(String name, long flags, int align, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("section " + name + ": negative size " + size);
        }
        return add(new Section(name, SHT_NOBITS, flags, checkedAlignment(name, align), new byte[0], size));
    }

    /**
     * Defines a symbol at {@code value} bytes into section {@code sectionIndex}
     * (or an absolute value with {@link ElfConstants#SHN_ABS}).
     */
    public void defineSymbol(String name, int sectionIndex, long value, long size, int binding, int type) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("symbol names cannot be empty");
        }
        if (symbols.containsKey(name)) {
            throw new IllegalArgumentException("symbol " + name + " is defined twice");
        }
        if (binding != STB_LOCAL && binding != STB_GLOBAL && binding != STB_WEAK) {
            throw new IllegalArgumentException("symbol " + name + ": unknown binding " + binding);
        }
        if (type != STT_NOTYPE && type != STT_OBJECT && type != STT_FUNC && type != STT_SECTION) {
            throw new IllegalArgumentException("symbol " + name + ": unknown type " + type);
        }
        if (type == STT_SECTION && binding != STB_LOCAL) {
            throw new IllegalArgumentException("symbol " + name + ": section symbols must be local");
        }
        if (size < 0) {
            throw new IllegalArgumentException("symbol " + name + ": negative size " + size);
        }
        if (sectionIndex != SHN_ABS) {
            Section section = section(sectionIndex, "symbol " + name);
            if (value < 0 || value + size > section.size()) {
                throw new IllegalArgumentException("symbol " + name + " [" + value + ", +" + size
                        + ") lies outside section " + section.name() + " of size " + section.size());
            }
        }
        symbols.put(name, new Symbol(name, sectionIndex, value, size, binding, type));
    }

    /**
     * Records that the bytes at {@code offset} in section {@code sectionIndex} must be patched
     * with the address of {@code symbolName} (computed per {@code type}, plus {@code addend}).
     */
    public void addRelocation(int sectionIndex, long offset, int type, String symbolName, long addend) {
        Section section = section(sectionIndex, "relocation against " + symbolName);
        if (section.type() == SHT_NOBITS) {
            throw new IllegalArgumentException("section " + section.name() + " has no bytes to relocate");
        }
        if (!Relocations.isSupported(type)) {
            throw new IllegalArgumentException("unsupported relocation type " + type + " against " + symbolName);
        }
        if (offset < 0 || offset + Relocations.width(type) > section.size()) {
            throw new IllegalArgumentException(Relocations.name(type) + " at offset " + offset
                    + " does not fit in section " + section.name() + " of size " + section.size());
        }
        if (symbolName.isEmpty()) {
            throw new IllegalArgumentException("relocations need a symbol name");
        }
        relocations.computeIfAbsent(sectionIndex, i -> new ArrayList<>())
                .add(new Relocation(offset, type, symbolName, addend));
    }

    /** Lays out and returns the complete object file. The builder stays usable. */
    public byte[] toBytes() {
        SymbolTableBuilder symtab = new SymbolTableBuilder();
        Map<String, Integer> symbolIndex = writeSymbols(symtab);

        int relaCount = relocations.size();
        int symtabIndex = sections.size() + 1 + relaCount;
        int strtabIndex = symtabIndex + 1;
        int shstrtabIndex = strtabIndex + 1;

        StringTableBuilder sectionNames = new StringTableBuilder();
        List<SectionHeader> headers = new ArrayList<>();
        headers.add(SectionHeader.NULL);
        ByteSink out = new ByteSink();
        out.padTo(EHDR_SIZE);

        for (Section s : sections) {
            out.alignTo(s.alignment());
            long offset = out.position();
            out.bytes(s.data());
            headers.add(new SectionHeader(sectionNames.add(s.name()), s.type(), s.flags(), 0, offset, s.size(),
                    0, 0, s.alignment(), 0));
        }
        for (Map.Entry<Integer, List<Relocation>> entry : relocations.entrySet()) {
            int target = entry.getKey();
            out.alignTo(8);
            long offset = out.position();
            for (Relocation r : entry.getValue()) {
                out.u64(r.offset());
                out.u64(((long) symbolIndex.get(r.symbolName()) << 32) | r.type());
                out.u64(r.addend());
            }
            String name = ".rela" + sections.get(target - 1).name();
            headers.add(new SectionHeader(sectionNames.add(name), SHT_RELA, SHF_INFO_LINK, 0, offset,
                    (long) entry.getValue().size() * RELA_SIZE, symtabIndex, target, 8, RELA_SIZE));
        }
        headers.add(SectionHeader.appendTable(out, sectionNames.add(".symtab"), SHT_SYMTAB, symtab.symbolBytes(), 8,
                strtabIndex, symtab.firstNonLocalIndex(), SYM_SIZE));
        headers.add(SectionHeader.appendTable(out, sectionNames.add(".strtab"), SHT_STRTAB, symtab.nameBytes(), 1, 0, 0, 0));
        int shstrtabName = sectionNames.add(".shstrtab");
        headers.add(SectionHeader.appendTable(out, shstrtabName, SHT_STRTAB, sectionNames.bytes(), 1, 0, 0, 0));

        out.alignTo(8);
        long sectionHeaderOffset = out.position();
        headers.forEach(h -> h.writeTo(out));
        byte[] file = out.toByteArray();

        ByteSink header = new ByteSink();
        ElfHeaderWriter.write(header, ET_REL, 0, 0, 0, sectionHeaderOffset, headers.size(), shstrtabIndex);
        System.arraycopy(header.toByteArray(), 0, file, 0, EHDR_SIZE);
        return file;
    }

    /** Writes locals, then globals and weaks, then undefined references; returns name → index. */
    private Map<String, Integer> writeSymbols(SymbolTableBuilder symtab) {
        Map<String, Integer> index = new HashMap<>();
        for (Symbol s : symbols.values()) {
            if (s.binding() == STB_LOCAL) {
                index.put(s.name(), symtab.add(s.name(), s.value(), s.size(), s.binding(), s.type(), s.sectionIndex()));
            }
        }
        for (Symbol s : symbols.values()) {
            if (s.binding() != STB_LOCAL) {
                index.put(s.name(), symtab.add(s.name(), s.value(), s.size(), s.binding(), s.type(), s.sectionIndex()));
            }
        }
        Set<String> undefined = new LinkedHashSet<>();
        relocations.values().forEach(list -> list.forEach(r -> undefined.add(r.symbolName())));
        undefined.removeAll(symbols.keySet());
        for (String name : undefined) {
            index.put(name, symtab.add(name, 0, 0, STB_GLOBAL, STT_NOTYPE, SHN_UNDEF));
        }
        return index;
    }

    private int add(Section section) {
        sections.add(section);
        return sections.size();
    }

    private Section section(int index, String user) {
        if (index < 1 || index > sections.size()) {
            throw new IllegalArgumentException(user + ": no section with index " + index);
        }
        return sections.get(index - 1);
    }

    private static long checkedAlignment(String section, int align) {
        if (align < 0 || !Alignment.isValid(align)) {
            throw new IllegalArgumentException("section " + section + ": alignment " + align + " is not a power of two");
        }
        return align;
    }
}
