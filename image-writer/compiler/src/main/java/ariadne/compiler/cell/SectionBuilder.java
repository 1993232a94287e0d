package ariadne.compiler.cell;

import ariadne.elf.ElfConstants;
import ariadne.elf.RelocatableBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The contents of one ELF section under construction: little-endian bytes, the symbols
 * defined in it and the relocations against it. {@link #addTo} hands it to the ELF writer.
 */
final class SectionBuilder {
    private record SymbolDefinition(String name, int offset, int size, int binding, int type) {
    }

    private record Relocation(int offset, int type, String symbol, long addend) {
    }

    private final String name;
    private final int type;
    private final long flags;
    private final int alignment;
    private final LittleEndianBytes bytes = new LittleEndianBytes();
    private final List<SymbolDefinition> symbols = new ArrayList<>();
    private final List<Relocation> relocations = new ArrayList<>();

    SectionBuilder(String name, int type, long flags, int alignment) {
        this.name = name;
        this.type = type;
        this.flags = flags;
        this.alignment = alignment;
    }

    int position() {
        return bytes.position();
    }

    void putBytes(byte[] data) {
        bytes.writeBytes(data);
    }

    void putByte(int value) {
        bytes.putByte(value);
    }

    void putShort(int value) {
        bytes.putShort(value);
    }

    void putInt(int value) {
        bytes.putInt(value);
    }

    void putLong(long value) {
        bytes.putLong(value);
    }

    /** An 8-byte field holding {@code symbol + addend} once linked. */
    void putAddress(String symbol, long addend) {
        relocate(position(), ElfConstants.R_X86_64_64, symbol, addend);
        putLong(0);
    }

    /** An 8-byte address field, or zero when {@code symbol} is null. */
    void putAddressOrZero(String symbol) {
        if (symbol == null) {
            putLong(0);
        } else {
            putAddress(symbol, 0);
        }
    }

    void alignTo(int boundary) {
        bytes.alignTo(boundary);
    }

    void relocate(int offset, int elfType, String symbol, long addend) {
        relocations.add(new Relocation(offset, elfType, symbol, addend));
    }

    void define(String symbol, int offset, int size, int binding, int symbolType) {
        symbols.add(new SymbolDefinition(symbol, offset, size, binding, symbolType));
    }

    /** Symbols referred to by this section's relocations. */
    List<String> referencedSymbols() {
        return relocations.stream().map(Relocation::symbol).toList();
    }

    void addTo(RelocatableBuilder elf, SymbolLedger ledger) {
        int index = elf.addSection(name, type, flags, alignment, bytes.toByteArray());
        for (SymbolDefinition s : symbols) {
            elf.defineSymbol(s.name(), index, s.offset(), s.size(), s.binding(), s.type());
            ledger.defined(s.name(), s.binding());
        }
        for (Relocation r : relocations) {
            elf.addRelocation(index, r.offset(), r.type(), r.symbol(), r.addend());
            ledger.referenced(r.symbol());
        }
    }
}
