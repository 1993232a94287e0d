package ariadne.linker;

import static ariadne.elf.ElfConstants.*;

import ariadne.elf.ElfSymbol;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one definition of every non-local symbol. A STB_GLOBAL definition may appear once; a
 * STB_WEAK one may repeat (string literals, array types), the first wins unless a global
 * definition exists, which beats every weak one.
 */
final class GlobalSymbols {
    /** A symbol defined in an object. */
    record Definition(InputObject object, ElfSymbol symbol) {
        String where() {
            return symbol.isAbsolute() ? object.name() + "(absolute)" : object.where(symbol.sectionIndex());
        }
    }

    private final Map<String, Definition> definitions = new LinkedHashMap<>();

    private GlobalSymbols() {
    }

    static GlobalSymbols resolve(List<InputObject> objects) {
        GlobalSymbols table = new GlobalSymbols();
        List<String> problems = new ArrayList<>();
        for (InputObject object : objects) {
            for (ElfSymbol symbol : object.elf().symbols()) {
                if (!symbol.isLocal() && symbol.isDefined()) {
                    table.define(new Definition(object, symbol), problems);
                }
            }
        }
        LinkException.throwIfAny("symbol definitions conflict", problems);
        return table;
    }

    private void define(Definition candidate, List<String> problems) {
        String name = candidate.symbol().name();
        if (LinkerSymbols.isReserved(name)) {
            problems.add(name + " is defined by the linker but also in " + candidate.where());
            return;
        }
        if (candidate.symbol().sectionIndex() == SHN_COMMON) {
            problems.add(name + " in " + candidate.object().name() + " is a COMMON symbol, which is not supported");
            return;
        }
        Definition existing = definitions.get(name);
        if (existing == null) {
            definitions.put(name, candidate);
        } else if (candidate.symbol().binding() == STB_GLOBAL) {
            if (existing.symbol().binding() == STB_GLOBAL) {
                problems.add("duplicate symbol " + name + " defined in " + existing.where() + " and in "
                        + candidate.where());
            } else {
                definitions.put(name, candidate);
            }
        }
    }

    Optional<Definition> lookup(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    /** Whether this definition is the one the image uses for its name. */
    boolean isChosen(InputObject object, ElfSymbol symbol) {
        Definition chosen = definitions.get(symbol.name());
        return chosen != null && chosen.object() == object && chosen.symbol().index() == symbol.index();
    }

    Collection<Definition> all() {
        return definitions.values();
    }

    /** For each object, how many chosen non-local definitions each of its sections holds. */
    Map<InputObject, int[]> chosenCountsBySection(List<InputObject> objects) {
        Map<InputObject, int[]> counts = new HashMap<>();
        for (InputObject object : objects) {
            counts.put(object, new int[object.elf().sections().size()]);
        }
        for (Definition d : definitions.values()) {
            if (!d.symbol().isAbsolute()) {
                counts.get(d.object())[d.symbol().sectionIndex()]++;
            }
        }
        return counts;
    }
}
