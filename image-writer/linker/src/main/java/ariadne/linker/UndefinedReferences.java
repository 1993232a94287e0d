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

    static void check(List<InputSection> selected, GlobalSymbols globals, String entrySymbol) {
        Map<String, Set<String>> missing = new TreeMap<>();
        if (!isDefined(entrySymbol, globals)) {
            missing.computeIfAbsent(entrySymbol, n -> new LinkedHashSet<>()).add("the entry point");
        }
        for (InputSection s : selected) {
            for (ElfRelocation relocation : s.object().elf().relocationsFor(s.section().index())) {
                ElfSymbol symbol = s.object().elf().symbols().get(relocation.symbolIndex());
                if (!symbol.isDefined() && !isDefined(symbol.name(), globals)) {
                    missing.computeIfAbsent(symbol.name(), n -> new LinkedHashSet<>()).add(s.where());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        missing.forEach((name, users) -> problems.add(name + " referenced from " + String.join(", ", users)));
        LinkException.throwIfAny("undefined symbols", problems);
    }

    private static boolean isDefined(String name, GlobalSymbols globals) {
        return globals.lookup(name).isPresent() || LinkerSymbols.isReserved(name);
    }
}
