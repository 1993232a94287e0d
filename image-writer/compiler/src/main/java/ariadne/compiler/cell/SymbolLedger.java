package ariadne.compiler.cell;

import ariadne.elf.ElfConstants;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which symbols a cell defines globally and which it needs from other cells. */
final class SymbolLedger {
    private final Set<String> defined = new LinkedHashSet<>();
    private final Set<String> exported = new LinkedHashSet<>();
    private final Set<String> referenced = new LinkedHashSet<>();

    void defined(String symbol, int binding) {
        defined.add(symbol);
        if (binding == ElfConstants.STB_GLOBAL) {
            exported.add(symbol);
        }
    }

    void referenced(String symbol) {
        referenced.add(symbol);
    }

    boolean isDefined(String symbol) {
        return defined.contains(symbol);
    }

    List<String> exported() {
        return List.copyOf(exported);
    }

    List<String> imported() {
        List<String> imported = new ArrayList<>(referenced);
        imported.removeAll(defined);
        return imported;
    }
}
