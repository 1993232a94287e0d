package ariadne.linker;

import ariadne.elf.ElfSymbol;
import java.util.Map;
import java.util.OptionalLong;

/** Final addresses of symbols once the layout is fixed. */
final class SymbolAddresses {
    private final GlobalSymbols globals;
    private final Map<String, Long> linkerSymbols;
    private final Map<String, String> aliases;

    SymbolAddresses(GlobalSymbols globals, Map<String, Long> linkerSymbols, Map<String, String> aliases) {
        this.globals = globals;
        this.linkerSymbols = linkerSymbols;
        this.aliases = aliases;
    }

    /**
     * The address {@code symbol} of {@code object} stands for: locals are the object's own,
     * any other name goes to its chosen definition, so every weak copy resolves to the winner.
     */
    long of(InputObject object, ElfSymbol symbol) {
        if (symbol.isLocal()) {
            return definedAddress(object, symbol);
        }
        return global(symbol.name()).orElseThrow(() -> new LinkException("undefined symbol " + symbol.name()));
    }

    /** The address of a non-local, linker-defined or alias symbol, if there is one. */
    OptionalLong global(String name) {
        String target = aliases.get(name);
        if (target != null) {
            return global(target);
        }
        Long linkerDefined = linkerSymbols.get(name);
        if (linkerDefined != null) {
            return OptionalLong.of(linkerDefined);
        }
        return globals.lookup(name)
                .map(d -> OptionalLong.of(definedAddress(d.object(), d.symbol())))
                .orElse(OptionalLong.empty());
    }

    static long definedAddress(InputObject object, ElfSymbol symbol) {
        if (symbol.isAbsolute()) {
            return symbol.value();
        }
        if (!object.isPlaced(symbol.sectionIndex())) {
            throw new LinkException("symbol " + symbol.name() + " is defined in " + object.where(symbol.sectionIndex())
                    + ", which is not loaded into the image");
        }
        return object.address(symbol.sectionIndex()) + symbol.value();
    }
}
