package ariadne.linker;

import java.util.List;

/** The human-readable symbol map: one line per symbol, by address. */
final class SymbolMap {
    private SymbolMap() {
    }

    /** {@code symbols} must already be sorted by address. */
    static String format(List<ImageSymbol> symbols) {
        StringBuilder map = new StringBuilder("# address (hex)    size (hex)  symbol  object\n");
        for (ImageSymbol s : symbols) {
            map.append(String.format("%016x %8x %s  %s%n", s.address(), s.size(), s.name(), s.object()));
        }
        return map.toString();
    }
}
