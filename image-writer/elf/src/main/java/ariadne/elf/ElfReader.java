package ariadne.elf;

import static ariadne.elf.ElfConstants.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses and validates ELF64 little-endian x86-64 relocatables and executables. Everything a
 * linker would later trust (bounds, string termination, symbol and section indices, relocation
 * types and offsets, local-before-global order) is checked up front.
 */
public final class ElfReader {
    private static final int SHT_REL = 9;

    private final ByteSource in;
    private int fileType;

    private ElfReader(byte[] bytes) {
        this.in = new ByteSource(bytes);
    }

    /** Parses {@code bytes}; throws {@link ElfFormatException} naming the first problem found. */
    public static ElfFile read(byte[] bytes) {
        return new ElfReader(bytes).parse();
    }

    private ElfFile parse() {
        checkIdentification();
        fileType = in.u16(16);
        if (fileType != ET_REL && fileType != ET_EXEC) {
            throw new ElfFormatException("file type " + fileType + " is neither ET_REL (1) nor ET_EXEC (2)");
        }
        int machine = in.u16(18);
        if (machine != EM_X86_64) {
            throw new ElfFormatException("machine " + machine + " is not EM_X86_64 (62)");
        }
        if (in.u32(20) != EV_CURRENT) {
            throw new ElfFormatException("e_version " + in.u32(20) + " is not EV_CURRENT (1)");
        }
        if (in.u16(52) != EHDR_SIZE) {
            throw new ElfFormatException("e_ehsize " + in.u16(52) + " is not " + EHDR_SIZE);
        }
        long entry = in.u64(24);
        List<ProgramHeader> programHeaders = readProgramHeaders(in.u64(32), in.u16(54), in.u16(56));
        List<ElfSection> sections = readSections(in.u64(40), in.u16(58), in.u16(60), in.u16(62));
        List<ElfSymbol> symbols = readSymbols(sections);
        Map<Integer, List<ElfRelocation>> relocations = readRelocations(sections, symbols);
        return new ElfFile(fileType, entry, sections, symbols, relocations, programHeaders);
    }

    private void checkIdentification() {
        if (in.length() < EHDR_SIZE) {
            throw new ElfFormatException("file of " + in.length() + " bytes is shorter than an ELF header");
        }
        if (in.u8(0) != 0x7f || in.u8(1) != 'E' || in.u8(2) != 'L' || in.u8(3) != 'F') {
            throw new ElfFormatException("bad magic: not an ELF file");
        }
        if (in.u8(4) != ELFCLASS64) {
            throw new ElfFormatException("class " + in.u8(4) + " is not ELFCLASS64");
        }
        if (in.u8(5) != ELFDATA2LSB) {
            throw new ElfFormatException("data encoding " + in.u8(5) + " is not little endian");
        }
        if (in.u8(6) != EV_CURRENT) {
            throw new ElfFormatException("ident version " + in.u8(6) + " is not EV_CURRENT");
        }
    }

    private List<ProgramHeader> readProgramHeaders(long offset, int entrySize, int count) {
        List<ProgramHeader> headers = new ArrayList<>();
        if (count == 0) {
            return headers;
        }
        if (entrySize != PHDR_SIZE) {
            throw new ElfFormatException("e_phentsize " + entrySize + " is not " + PHDR_SIZE);
        }
        if (!in.contains(offset, (long) count * PHDR_SIZE)) {
            throw new ElfFormatException("program header table (" + count + " entries at " + offset
                    + ") lies outside the file");
        }
        for (int i = 0; i < count; i++) {
            long at = offset + (long) i * PHDR_SIZE;
            ProgramHeader ph = new ProgramHeader((int) in.u32(at), (int) in.u32(at + 4), in.u64(at + 8),
                    in.u64(at + 16), in.u64(at + 24), in.u64(at + 32), in.u64(at + 40), in.u64(at + 48));
            checkProgramHeader(i, ph);
            headers.add(ph);
        }
        return headers;
    }

    private void checkProgramHeader(int i, ProgramHeader ph) {
        String what = "program header " + i;
        if (ph.fileSize() > 0 && !in.contains(ph.offset(), ph.fileSize())) {
            throw new ElfFormatException(what + ": file bytes [" + ph.offset() + ", +" + ph.fileSize()
                    + ") lie outside the file");
        }
        if (Long.compareUnsigned(ph.fileSize(), ph.memorySize()) > 0) {
            throw new ElfFormatException(what + ": file size " + ph.fileSize() + " exceeds memory size "
                    + ph.memorySize());
        }
        if (!Alignment.isValid(ph.alignment())) {
            throw new ElfFormatException(what + ": alignment " + ph.alignment() + " is not a power of two");
        }
        if (ph.type() == PT_LOAD && ph.alignment() > 1
                && (ph.offset() - ph.virtualAddress()) % ph.alignment() != 0) {
            throw new ElfFormatException(what + ": offset " + ph.offset() + " and address 0x"
                    + Long.toHexString(ph.virtualAddress()) + " disagree modulo alignment " + ph.alignment());
        }
    }

    private List<ElfSection> readSections(long offset, int entrySize, int count, int nameTableIndex) {
        List<ElfSection> sections = new ArrayList<>();
        if (count == 0) {
            if (offset != 0) {
                throw new ElfFormatException("e_shnum is 0 but e_shoff is " + offset
                        + " (extended section numbering is not supported)");
            }
            if (fileType == ET_REL) {
                throw new ElfFormatException("relocatable file has no section headers");
            }
            return sections;
        }
        if (entrySize != SHDR_SIZE) {
            throw new ElfFormatException("e_shentsize " + entrySize + " is not " + SHDR_SIZE);
        }
        if (!in.contains(offset, (long) count * SHDR_SIZE)) {
            throw new ElfFormatException("section header table (" + count + " entries at " + offset
                    + ") lies outside the file");
        }
        if (nameTableIndex == SHN_UNDEF || nameTableIndex >= count) {
            throw new ElfFormatException("section name table index " + nameTableIndex + " is not a section (of "
                    + count + ")");
        }
        long nameTable = offset + (long) nameTableIndex * SHDR_SIZE;
        if (in.u32(nameTable + 4) != SHT_STRTAB) {
            throw new ElfFormatException("section name table " + nameTableIndex + " is not SHT_STRTAB");
        }
        long namesOffset = in.u64(nameTable + 24);
        long namesSize = in.u64(nameTable + 32);
        if (!in.contains(namesOffset, namesSize)) {
            throw new ElfFormatException("section name table lies outside the file");
        }
        for (int i = 0; i < count; i++) {
            long at = offset + (long) i * SHDR_SIZE;
            long nameOffset = in.u32(at);
            if (nameOffset >= namesSize) {
                throw new ElfFormatException("section " + i + ": name offset " + nameOffset
                        + " is outside the section name table (" + namesSize + " bytes)");
            }
            String name = in.cString(namesOffset + nameOffset, namesOffset + namesSize, "name of section " + i);
            sections.add(readSection(i, name, at, count));
        }
        return sections;
    }

    private ElfSection readSection(int index, String name, long at, int count) {
        String what = "section " + index + " (" + name + ")";
        int type = (int) in.u32(at + 4);
        long sectionOffset = in.u64(at + 24);
        long size = in.u64(at + 32);
        int link = (int) in.u32(at + 40);
        long alignment = in.u64(at + 48);
        if (type == SHT_REL) {
            throw new ElfFormatException(what + ": SHT_REL is not supported (x86-64 uses SHT_RELA)");
        }
        if (link < 0 || link >= count) {
            throw new ElfFormatException(what + ": sh_link " + link + " is not a section (of " + count + ")");
        }
        if (!Alignment.isValid(alignment)) {
            throw new ElfFormatException(what + ": alignment " + alignment + " is not a power of two");
        }
        boolean hasBytes = type != SHT_NOBITS && type != SHT_NULL;
        if (hasBytes && !in.contains(sectionOffset, size)) {
            throw new ElfFormatException(what + ": contents [" + sectionOffset + ", +" + size
                    + ") lie outside the file");
        }
        byte[] data = hasBytes ? in.slice(sectionOffset, size, what) : new byte[0];
        return new ElfSection(index, name, type, in.u64(at + 8), in.u64(at + 16), sectionOffset, size, link,
                (int) in.u32(at + 44), alignment, in.u64(at + 56), data);
    }

    private List<ElfSymbol> readSymbols(List<ElfSection> sections) {
        List<ElfSection> tables = sections.stream().filter(s -> s.type() == SHT_SYMTAB).toList();
        if (tables.isEmpty()) {
            return List.of();
        }
        if (tables.size() > 1) {
            throw new ElfFormatException("more than one SHT_SYMTAB section");
        }
        ElfSection table = tables.get(0);
        String what = "symbol table " + table.name();
        checkTableShape(table, SYM_SIZE, what);
        ElfSection names = sections.get(table.link());
        if (names.type() != SHT_STRTAB) {
            throw new ElfFormatException(what + ": sh_link " + table.link() + " is not a string table");
        }
        int count = (int) (table.size() / SYM_SIZE);
        if (table.info() < 0 || table.info() > count) {
            throw new ElfFormatException(what + ": first non-local index " + table.info() + " exceeds "
                    + count + " symbols");
        }
        List<ElfSymbol> symbols = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            symbols.add(readSymbol(table, names, i, sections));
        }
        return symbols;
    }

    private ElfSymbol readSymbol(ElfSection table, ElfSection names, int index, List<ElfSection> sections) {
        long at = table.offset() + (long) index * SYM_SIZE;
        long nameOffset = in.u32(at);
        String what = "symbol " + index;
        if (nameOffset >= names.size()) {
            throw new ElfFormatException(what + ": name offset " + nameOffset + " is outside " + names.name());
        }
        String name = in.cString(names.offset() + nameOffset, names.offset() + names.size(), "name of " + what);
        what = "symbol " + index + " (" + name + ")";
        int info = in.u8(at + 4);
        int binding = info >>> 4;
        int type = info & 0xf;
        int sectionIndex = in.u16(at + 6);
        long value = in.u64(at + 8);
        long size = in.u64(at + 16);
        if (binding != STB_LOCAL && binding != STB_GLOBAL && binding != STB_WEAK) {
            throw new ElfFormatException(what + ": unknown binding " + binding);
        }
        if (type > 4) {
            throw new ElfFormatException(what + ": unsupported symbol type " + type);
        }
        if ((binding == STB_LOCAL) != (index < table.info())) {
            throw new ElfFormatException(what + ": " + (binding == STB_LOCAL ? "local" : "non-local")
                    + " symbol on the wrong side of the first non-local index " + table.info());
        }
        boolean special = sectionIndex == SHN_UNDEF || sectionIndex == SHN_ABS || sectionIndex == SHN_COMMON;
        if (!special && sectionIndex >= sections.size()) {
            throw new ElfFormatException(what + ": section index " + sectionIndex + " is not a section");
        }
        if (!special && fileType == ET_REL && Long.compareUnsigned(value, sections.get(sectionIndex).size()) > 0) {
            throw new ElfFormatException(what + ": value " + value + " lies beyond the end of section "
                    + sections.get(sectionIndex).name());
        }
        return new ElfSymbol(index, name, value, size, binding, type, sectionIndex);
    }

    private Map<Integer, List<ElfRelocation>> readRelocations(List<ElfSection> sections, List<ElfSymbol> symbols) {
        Map<Integer, List<ElfRelocation>> result = new HashMap<>();
        for (ElfSection table : sections) {
            if (table.type() != SHT_RELA) {
                continue;
            }
            String what = "relocation section " + table.name();
            checkTableShape(table, RELA_SIZE, what);
            if (symbols.isEmpty() || sections.get(table.link()).type() != SHT_SYMTAB) {
                throw new ElfFormatException(what + ": sh_link " + table.link() + " is not the symbol table");
            }
            if (table.info() <= 0 || table.info() >= sections.size()) {
                throw new ElfFormatException(what + ": target section " + table.info() + " is not a section");
            }
            ElfSection target = sections.get(table.info());
            if (!target.hasFileBytes()) {
                throw new ElfFormatException(what + ": target section " + target.name() + " has no bytes");
            }
            if (result.containsKey(target.index())) {
                throw new ElfFormatException(what + ": section " + target.name() + " has a second relocation section");
            }
            List<ElfRelocation> relocations = new ArrayList<>();
            for (long at = table.offset(); at < table.offset() + table.size(); at += RELA_SIZE) {
                relocations.add(readRelocation(what, at, target, symbols.size()));
            }
            result.put(target.index(), List.copyOf(relocations));
        }
        return result;
    }

    private ElfRelocation readRelocation(String table, long at, ElfSection target, int symbolCount) {
        long offset = in.u64(at);
        long info = in.u64(at + 8);
        int type = (int) info;
        long symbol = info >>> 32;
        String what = table + ": entry at file offset " + at;
        if (!Relocations.isSupported(type)) {
            throw new ElfFormatException(what + ": unsupported relocation type " + type);
        }
        if (symbol == 0 || symbol >= symbolCount) {
            throw new ElfFormatException(what + ": symbol index " + symbol + " is not a symbol (of " + symbolCount
                    + ")");
        }
        if (offset < 0 || offset > target.size() - Relocations.width(type)) {
            throw new ElfFormatException(what + ": " + Relocations.name(type) + " at offset " + offset
                    + " does not fit in " + target.name() + " (" + target.size() + " bytes)");
        }
        return new ElfRelocation(offset, type, (int) symbol, in.u64(at + 16));
    }

    private static void checkTableShape(ElfSection table, int entrySize, String what) {
        if (table.entrySize() != entrySize) {
            throw new ElfFormatException(what + ": entry size " + table.entrySize() + " is not " + entrySize);
        }
        if (table.size() % entrySize != 0) {
            throw new ElfFormatException(what + ": size " + table.size() + " is not a multiple of " + entrySize);
        }
    }
}
