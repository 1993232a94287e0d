package ariadne.linker;

import java.util.Comparator;

/**
 * A symbol as it appears in the linked image: {@code kind} is the output section holding it,
 * or null for absolute and linker-defined symbols.
 */
record ImageSymbol(String name, long address, long size, int binding, int type, SectionKind kind, String object) {
    static final String LINKER = "<linker>";

    static final Comparator<ImageSymbol> BY_ADDRESS =
            Comparator.comparingLong(ImageSymbol::address).thenComparing(ImageSymbol::name);
}
