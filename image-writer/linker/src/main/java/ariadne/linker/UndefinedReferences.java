package ariadne.linker;

import ariadne.elf.ElfRelocation;
import ariadne.elf.ElfSymbol;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reports every symbol the image needs but no input defines, with everything that needs it. */
final class UndefinedReferences {
    private UndefinedReferences() {
    }

    static void check(List<InputSection> selected, GlobalSymbols globals, LinkOptions options) {
        Map<String, Set<String>> missing = new TreeMap<>();
        String entry = options.entrySymbol();
        if (!isDefined(entry, globals, options)) {
            missing.computeIfAbsent(entry, n -> new LinkedHashSet<>()).add("the entry point");
        }
        for (InputSection s : selected) {
            for (ElfRelocation relocation : s.object().elf().relocationsFor(s.section().index())) {
                ElfSymbol symbol = s.object().elf().symbols().get(relocation.symbolIndex());
                if (!symbol.isDefined() && !isDefined(symbol.name(), globals, options)) {
                    missing.computeIfAbsent(symbol.name(), n -> new LinkedHashSet<>()).add(s.where());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        missing.forEach((name, users) -> problems.add(name + " referenced from " + String.join(", ", users)));
        LinkException.throwIfAny("undefined symbols", problems);
    }

    private static boolean isDefined(String name, GlobalSymbols globals, LinkOptions options) {
        return globals.lookup(name).isPresent() || LinkerSymbols.isReserved(name)
                || options.aliases().containsKey(name);
    }
}
