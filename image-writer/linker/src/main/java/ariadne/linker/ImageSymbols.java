package ariadne.linker;

import static ariadne.elf.ElfConstants.*;

import ariadne.elf.ElfSymbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the symbols the image carries: named locals of loaded sections (compiler labels,
 * boot code labels), the chosen definition of every non-local symbol, the linker's own, and
 * the aliases.
 */
final class ImageSymbols {
    private ImageSymbols() {
    }

    static List<ImageSymbol> collect(List<InputObject> objects, GlobalSymbols globals, Layout layout,
                                     Map<String, String> aliases) {
        Map<InputObject, Map<Integer, SectionKind>> kinds = new HashMap<>();
        for (InputSection s : layout.sections()) {
            kinds.computeIfAbsent(s.object(), o -> new HashMap<>()).put(s.section().index(), s.kind());
        }
        List<ImageSymbol> symbols = new ArrayList<>();
        for (InputObject object : objects) {
            Map<Integer, SectionKind> placed = kinds.getOrDefault(object, Map.of());
            for (ElfSymbol symbol : object.elf().symbols()) {
                boolean named = symbol.type() != STT_SECTION && !symbol.name().isEmpty();
                if (symbol.isLocal() && named && placed.containsKey(symbol.sectionIndex())) {
                    symbols.add(toImageSymbol(object, symbol, placed.get(symbol.sectionIndex())));
                }
            }
        }
        for (GlobalSymbols.Definition d : globals.all()) {
            ElfSymbol symbol = d.symbol();
            SectionKind kind = kinds.getOrDefault(d.object(), Map.of()).get(symbol.sectionIndex());
            if (symbol.isAbsolute() || kind != null) {
                symbols.add(toImageSymbol(d.object(), symbol, kind));
            }
        }
        layout.linkerSymbols().forEach((name, address) ->
                symbols.add(new ImageSymbol(name, address, 0, STB_GLOBAL, STT_NOTYPE, null, ImageSymbol.LINKER)));
        addAliases(symbols, aliases);
        symbols.sort(ImageSymbol.BY_ADDRESS);
        return symbols;
    }

    /** Each alias appears as a copy of its target under its own name. */
    private static void addAliases(List<ImageSymbol> symbols, Map<String, String> aliases) {
        Map<String, ImageSymbol> byName = new HashMap<>();
        symbols.stream().filter(s -> s.binding() != STB_LOCAL).forEach(s -> byName.put(s.name(), s));
        aliases.forEach((alias, target) -> {
            ImageSymbol t = byName.get(target);
            if (t != null) {
                symbols.add(new ImageSymbol(alias, t.address(), t.size(), STB_GLOBAL, t.type(), t.kind(),
                        "<alias of " + target + ">"));
            }
        });
    }

    private static ImageSymbol toImageSymbol(InputObject object, ElfSymbol symbol, SectionKind kind) {
        return new ImageSymbol(symbol.name(), SymbolAddresses.definedAddress(object, symbol), symbol.size(),
                symbol.binding(), symbol.type(), kind, object.name());
    }
}
