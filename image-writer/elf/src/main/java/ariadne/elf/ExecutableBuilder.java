package ariadne.elf;

import static ariadne.elf.ElfConstants.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes an ELF64 x86-64 executable (ET_EXEC). The caller decides the file layout: it places
 * raw bytes at file offsets, describes segments with program headers, and optionally names
 * ranges as sections and adds symbols so {@code readelf -S -s} can read the image. The ELF
 * header and program headers go at offset 0; the symbol table, string tables and section
 * headers go after the last placed byte.
 */
public final class ExecutableBuilder {
    private final long entry;
    private final List<Content> contents = new ArrayList<>();
    private final List<ProgramHeader> programHeaders = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Symbol> symbols = new ArrayList<>();

    private record Content(long offset, byte[] bytes) {
        long end() {
            return offset + bytes.length;
        }
    }

    private record Section(String name, int type, long flags, long address, long offset, long size, long alignment) {
    }

    private record Symbol(String name, int sectionIndex, long value, long size, int binding, int type) {
    }

    public ExecutableBuilder(long entry) {
        this.entry = entry;
    }

    /** Puts {@code bytes} at {@code fileOffset}; placements must not overlap. */
    public void place(long fileOffset, byte[] bytes) {
        if (fileOffset < 0) {
            throw new IllegalArgumentException("negative file offset " + fileOffset);
        }
        contents.add(new Content(fileOffset, bytes.clone()));
    }

    public void addProgramHeader(ProgramHeader header) {
        programHeaders.add(header);
    }

    /**
     * Describes a section: for file-backed types {@code [fileOffset, +size)} must lie inside
     * placed bytes; for SHT_NOBITS the offset is only informative. Returns the section index.
     */
    public int addSection(String name, int type, long flags, long address, long fileOffset, long size,
                          long alignment) {
        Alignment.requirePowerOfTwo(alignment);
        if (type == SHT_SYMTAB || type == SHT_STRTAB || type == SHT_RELA || type == SHT_NULL) {
            throw new IllegalArgumentException("section " + name + ": the builder writes tables of type " + type);
        }
        sections.add(new Section(name, type, flags, address, fileOffset, size, alignment));
        return sections.size();
    }

    /** Adds a symbol; {@code value} is an address, {@code sectionIndex} a section index or SHN_ABS. */
    public void defineSymbol(String name, int sectionIndex, long value, long size, int binding, int type) {
        if (sectionIndex != SHN_ABS && (sectionIndex < 1 || sectionIndex > sections.size())) {
            throw new IllegalArgumentException("symbol " + name + ": no section with index " + sectionIndex);
        }
        if (binding != STB_LOCAL && binding != STB_GLOBAL && binding != STB_WEAK) {
            throw new IllegalArgumentException("symbol " + name + ": unknown binding " + binding);
        }
        symbols.add(new Symbol(name, sectionIndex, value, size, binding, type));
    }

    public byte[] toBytes() {
        List<Content> ordered = contents.stream().sorted(Comparator.comparingLong(Content::offset)).toList();
        long headersEnd = EHDR_SIZE + (long) programHeaders.size() * PHDR_SIZE;
        ByteSink out = new ByteSink();
        out.padTo(headersEnd);
        for (Content c : ordered) {
            if (c.offset() < out.position()) {
                throw new IllegalStateException("bytes placed at file offset " + c.offset()
                        + " overlap the headers or earlier bytes ending at " + out.position());
            }
            out.padTo(c.offset());
            out.bytes(c.bytes());
        }
        long contentEnd = out.position();
        checkRanges(contentEnd);

        List<SectionHeader> headers = new ArrayList<>();
        int nameTableIndex = 0;
        if (!sections.isEmpty() || !symbols.isEmpty()) {
            nameTableIndex = writeSectionTables(out, headers);
        }
        long sectionHeaderOffset = 0;
        if (!headers.isEmpty()) {
            out.alignTo(8);
            sectionHeaderOffset = out.position();
            headers.forEach(h -> h.writeTo(out));
        }
        byte[] file = out.toByteArray();

        ByteSink header = new ByteSink();
        ElfHeaderWriter.write(header, ET_EXEC, entry, programHeaders.isEmpty() ? 0 : EHDR_SIZE,
                programHeaders.size(), sectionHeaderOffset, headers.size(), nameTableIndex);
        programHeaders.forEach(ph -> ph.writeTo(header));
        byte[] headerBytes = header.toByteArray();
        System.arraycopy(headerBytes, 0, file, 0, headerBytes.length);
        return file;
    }

    private void checkRanges(long contentEnd) {
        for (ProgramHeader ph : programHeaders) {
            if (ph.fileSize() > 0 && (ph.offset() < 0 || ph.offset() + ph.fileSize() > contentEnd)) {
                throw new IllegalStateException("segment at file offset " + ph.offset() + " (+" + ph.fileSize()
                        + ") extends past the placed bytes ending at " + contentEnd);
            }
        }
        for (Section s : sections) {
            if (s.type() != SHT_NOBITS && (s.offset() < 0 || s.offset() + s.size() > contentEnd)) {
                throw new IllegalStateException("section " + s.name() + " extends past the placed bytes ending at "
                        + contentEnd);
            }
        }
    }

    /** Appends .symtab, .strtab and .shstrtab; fills {@code headers}; returns the .shstrtab index. */
    private int writeSectionTables(ByteSink out, List<SectionHeader> headers) {
        StringTableBuilder sectionNames = new StringTableBuilder();
        headers.add(SectionHeader.NULL);
        for (Section s : sections) {
            headers.add(new SectionHeader(sectionNames.add(s.name()), s.type(), s.flags(), s.address(), s.offset(),
                    s.size(), 0, 0, s.alignment(), 0));
        }
        if (!symbols.isEmpty()) {
            SymbolTableBuilder symtab = new SymbolTableBuilder();
            symbols.stream().filter(s -> s.binding() == STB_LOCAL).forEach(s -> add(symtab, s));
            symbols.stream().filter(s -> s.binding() != STB_LOCAL).forEach(s -> add(symtab, s));
            int strtabIndex = headers.size() + 1;
            headers.add(SectionHeader.appendTable(out, sectionNames.add(".symtab"), SHT_SYMTAB, symtab.symbolBytes(), 8,
                    strtabIndex, symtab.firstNonLocalIndex(), SYM_SIZE));
            headers.add(SectionHeader.appendTable(out, sectionNames.add(".strtab"), SHT_STRTAB, symtab.nameBytes(), 1, 0, 0, 0));
        }
        int nameTableIndex = headers.size();
        int name = sectionNames.add(".shstrtab");
        headers.add(SectionHeader.appendTable(out, name, SHT_STRTAB, sectionNames.bytes(), 1, 0, 0, 0));
        return nameTableIndex;
    }

    private static void add(SymbolTableBuilder symtab, Symbol s) {
        symtab.add(s.name(), s.value(), s.size(), s.binding(), s.type(), s.sectionIndex());
    }
}
