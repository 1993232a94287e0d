package ariadne.elf;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A validated ELF64 x86-64 file (ET_REL or ET_EXEC) as read by {@link ElfReader}. */
public final class ElfFile {
    private final int fileType;
    private final long entry;
    private final List<ElfSection> sections;
    private final List<ElfSymbol> symbols;
    private final Map<Integer, List<ElfRelocation>> relocationsByTarget;
    private final List<ProgramHeader> programHeaders;

    ElfFile(int fileType, long entry, List<ElfSection> sections, List<ElfSymbol> symbols,
            Map<Integer, List<ElfRelocation>> relocationsByTarget, List<ProgramHeader> programHeaders) {
        this.fileType = fileType;
        this.entry = entry;
        this.sections = List.copyOf(sections);
        this.symbols = List.copyOf(symbols);
        this.relocationsByTarget = Map.copyOf(relocationsByTarget);
        this.programHeaders = List.copyOf(programHeaders);
    }

    /** {@link ElfConstants#ET_REL} or {@link ElfConstants#ET_EXEC}. */
    public int fileType() {
        return fileType;
    }

    public long entry() {
        return entry;
    }

    /** All sections by index; index 0 is the null section. */
    public List<ElfSection> sections() {
        return sections;
    }

    /** The first section with this name. */
    public Optional<ElfSection> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The .symtab entries by index, including the null symbol at 0; empty if there is no .symtab. */
    public List<ElfSymbol> symbols() {
        return symbols;
    }

    /** The first symbol with this name. */
    public Optional<ElfSymbol> symbol(String name) {
        return symbols.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The relocations that patch section {@code sectionIndex}, in file order. */
    public List<ElfRelocation> relocationsFor(int sectionIndex) {
        return relocationsByTarget.getOrDefault(sectionIndex, List.of());
    }

    public List<ProgramHeader> programHeaders() {
        return programHeaders;
    }
}
