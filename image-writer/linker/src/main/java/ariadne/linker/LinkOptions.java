package ariadne.linker;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to lay out the image. {@code baseAddress} is where the first segment is loaded and
 * {@code firstSegmentOffset} its file offset; everything after keeps file offset − address
 * constant, so the file-backed part of the image is one contiguous range (what the Multiboot
 * a.out kludge loads). {@code aliases} maps symbol names the linker defines to the symbols
 * they stand for (link-time bound {@code native} methods, docs/ABI.md). With {@code symbolTable}
 * the image carries a loaded, read-only table of its non-local symbols between the symbols
 * {@code __symbol_table} and {@code __symbol_table_end} (format: {@link InImageSymbolTable}).
 */
public record LinkOptions(String entrySymbol, long baseAddress, long firstSegmentOffset,
                          Map<String, String> aliases, boolean symbolTable) {
    public static final long PAGE_SIZE = 0x1000;
    public static final long DEFAULT_BASE = 0x100000;
    public static final long DEFAULT_FIRST_SEGMENT_OFFSET = 0x1000;

    public LinkOptions {
        if (entrySymbol == null || entrySymbol.isEmpty()) {
            throw new IllegalArgumentException("an entry symbol is required");
        }
        if (baseAddress % PAGE_SIZE != 0 || firstSegmentOffset % PAGE_SIZE != 0 || firstSegmentOffset <= 0) {
            throw new IllegalArgumentException("base address and first segment offset must be positive multiples of "
                    + PAGE_SIZE);
        }
        aliases = Map.copyOf(aliases);
    }

    /** Load at 1 MiB with the first segment at file offset 0x1000, no aliases, no symbol table. */
    public LinkOptions(String entrySymbol) {
        this(entrySymbol, DEFAULT_BASE, DEFAULT_FIRST_SEGMENT_OFFSET, Map.of(), false);
    }

    /** These options plus the in-image symbol table the in-OS loader resolves against. */
    public LinkOptions withSymbolTable() {
        return new LinkOptions(entrySymbol, baseAddress, firstSegmentOffset, aliases, true);
    }

    /** These options plus: symbol {@code alias} is defined as the address of symbol {@code target}. */
    public LinkOptions withAlias(String alias, String target) {
        if (alias.equals(target)) {
            throw new IllegalArgumentException("symbol " + alias + " cannot alias itself");
        }
        Map<String, String> more = new LinkedHashMap<>(aliases);
        if (more.putIfAbsent(alias, target) != null) {
            throw new IllegalArgumentException("alias " + alias + " is already bound to " + aliases.get(alias));
        }
        return new LinkOptions(entrySymbol, baseAddress, firstSegmentOffset, more, symbolTable);
    }
}
