package ariadne.boot;

import ariadne.x86.Reloc;
import java.util.List;

/**
 * One section of the boot object before it becomes ELF: its bytes (none for NOBITS), the
 * symbols defined in it and the relocations that patch it.
 *
 * @param size the section size; equals {@code bytes.length} unless {@code nobits}
 */
record BootSection(String name, Kind kind, int alignment, byte[] bytes, long size,
                   List<Symbol> symbols, List<Reloc> relocations) {

    /** What the section holds, which fixes its ELF type and flags. */
    enum Kind { HEADER, NOTE, CODE, DATA, BSS }

    /** A symbol at {@code offset} in the section; {@code global} ones are visible to the linker. */
    record Symbol(String name, long offset, boolean global, boolean function) {
        static Symbol local(String name, long offset) {
            return new Symbol(name, offset, false, false);
        }
    }

    BootSection {
        bytes = bytes.clone();
        symbols = List.copyOf(symbols);
        relocations = List.copyOf(relocations);
        if (kind != Kind.BSS && size != bytes.length) {
            throw new IllegalArgumentException(name + ": size " + size + " but " + bytes.length + " bytes");
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The symbol with this name, which must be defined in this section. */
    Symbol symbol(String symbolName) {
        return symbols.stream().filter(s -> s.name().equals(symbolName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(symbolName + " is not defined in " + name));
    }
}
