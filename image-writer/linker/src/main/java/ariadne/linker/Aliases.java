package ariadne.linker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the symbol aliases of {@link LinkOptions}: an alias is a name no input defines, bound
 * to a symbol that is defined (by an input or the linker) and is not itself an alias.
 */
final class Aliases {
    private Aliases() {
    }

    static void check(Map<String, String> aliases, GlobalSymbols globals) {
        List<String> problems = new ArrayList<>();
        aliases.forEach((alias, target) -> {
            globals.lookup(alias).ifPresent(d ->
                    problems.add("alias " + alias + " is also defined in " + d.where()));
            if (LinkerSymbols.isReserved(alias)) {
                problems.add("alias " + alias + " is a linker-defined symbol");
            }
            if (aliases.containsKey(target)) {
                problems.add("alias " + alias + " is bound to another alias, " + target);
            } else if (globals.lookup(target).isEmpty() && !LinkerSymbols.isReserved(target)) {
                problems.add("alias " + alias + " is bound to undefined symbol " + target);
            }
        });
        LinkException.throwIfAny("bad symbol aliases", problems);
    }
}
