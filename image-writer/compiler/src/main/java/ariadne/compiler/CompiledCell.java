package ariadne.compiler;

import java.util.List;

/** The result of compiling one cell: an ELF64 relocatable and the symbols it links by. */
public final class CompiledCell {
    private final byte[] elf;
    private final List<String> exportedSymbols;
    private final List<String> importedSymbols;

    public CompiledCell(byte[] elf, List<String> exportedSymbols, List<String> importedSymbols) {
        this.elf = elf.clone();
        this.exportedSymbols = List.copyOf(exportedSymbols);
        this.importedSymbols = List.copyOf(importedSymbols);
    }

    /** The ELF64 relocatable object file ({@code NAME.cell}). */
    public byte[] elf() {
        return elf.clone();
    }

    /** Global symbols this cell defines (weak array types and string literals are not listed). */
    public List<String> exportedSymbols() {
        return exportedSymbols;
    }

    /** Symbols this cell refers to but does not define; other cells must provide them. */
    public List<String> importedSymbols() {
        return importedSymbols;
    }
}
