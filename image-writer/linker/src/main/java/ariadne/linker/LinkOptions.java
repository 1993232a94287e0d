package ariadne.linker;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to lay out the image. {@code baseAddress} is where the first segment is loaded and
 * {@code firstSegmentOffset} its file offset; everything after keeps file offset − address
 * constant, so the file-backed part of the image is one contiguous range (what the Multiboot
 * a.out kludge loads). {@code aliases} maps symbol names the linker defines to the symbols
 * they stand for (link-time bound {@code native} methods, docs/ABI.md).
 */
public record LinkOptions(String entrySymbol, long baseAddress, long firstSegmentOffset,
                          Map<String, String> aliases) {
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

    /** Load at 1 MiB with the first segment at file offset 0x1000, no aliases. */
    public LinkOptions(String entrySymbol) {
        this(entrySymbol, DEFAULT_BASE, DEFAULT_FIRST_SEGMENT_OFFSET, Map.of());
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
        return new LinkOptions(entrySymbol, baseAddress, firstSegmentOffset, more);
    }
}
