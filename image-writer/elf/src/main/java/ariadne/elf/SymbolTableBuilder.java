package ariadne.elf;

import static ariadne.elf.ElfConstants.*;

/**
 * Builds .symtab entries and their .strtab. ELF requires every STB_LOCAL symbol before the
 * first non-local one (sh_info is that boundary), so callers add locals first; this is checked.
 */
final class SymbolTableBuilder {
    private final ByteSink entries = new ByteSink();
    private final StringTableBuilder names = new StringTableBuilder();
    private int count;
    private int firstNonLocal = -1;

    SymbolTableBuilder() {
        add("", 0, 0, STB_LOCAL, STT_NOTYPE, SHN_UNDEF); // index 0 is the null symbol
    }

    /** Adds a symbol and returns its index. */
    int add(String name, long value, long size, int binding, int type, int sectionIndex) {
        if (binding == STB_LOCAL && firstNonLocal >= 0) {
            throw new IllegalStateException("local symbol " + name + " added after a non-local symbol");
        }
        if (binding != STB_LOCAL && firstNonLocal < 0) {
            firstNonLocal = count;
        }
        entries.u32(names.add(name));
        entries.u8((binding << 4) | type);
        entries.u8(0); // st_other: default visibility
        entries.u16(sectionIndex);
        entries.u64(value);
        entries.u64(size);
        return count++;
    }

    /** The sh_info of .symtab: index of the first non-local symbol. */
    int firstNonLocalIndex() {
        return firstNonLocal < 0 ? count : firstNonLocal;
    }

    byte[] symbolBytes() {
        return entries.toByteArray();
    }

    byte[] nameBytes() {
        return names.bytes();
    }
}
