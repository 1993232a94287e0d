package ariadne.linker;

import ariadne.elf.ElfRelocation;
import ariadne.elf.ElfSection;
import ariadne.elf.ElfSymbol;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the input sections that go into the image: every SHF_ALLOC section except the
 * duplicates whose every non-local symbol lost to another definition (repeated weak string
 * literals and array types). Such a duplicate stays only if code reaches it through a local
 * symbol, which cannot be redirected to the winning copy. Non-ALLOC sections (.cell.meta,
 * notes of other tools) are never loaded.
 */
final class SectionSelection {
    private SectionSelection() {
    }

    static List<InputSection> select(List<InputObject> objects, GlobalSymbols globals) {
        Map<InputObject, int[]> chosen = globals.chosenCountsBySection(objects);
        Map<InputObject, boolean[]> kept = new HashMap<>();
        Deque<InputSection> pending = new ArrayDeque<>();
        for (InputObject object : objects) {
            int[] definedHere = nonLocalDefinitionCounts(object);
            int[] chosenHere = chosen.get(object);
            boolean[] keep = new boolean[definedHere.length];
            for (ElfSection section : object.elf().sections()) {
                int i = section.index();
                boolean superseded = definedHere[i] > 0 && chosenHere[i] == 0;
                if (section.isAlloc() && !superseded) {
                    keep[i] = true;
                    pending.add(toInput(object, section));
                }
            }
            kept.put(object, keep);
        }
        keepDuplicatesReachedThroughLocals(kept, pending);

        List<InputSection> selected = new ArrayList<>();
        for (InputObject object : objects) {
            for (ElfSection section : object.elf().sections()) {
                if (kept.get(object)[section.index()]) {
                    selected.add(toInput(object, section));
                }
            }
        }
        return selected;
    }

    private static void keepDuplicatesReachedThroughLocals(Map<InputObject, boolean[]> kept,
                                                           Deque<InputSection> pending) {
        while (!pending.isEmpty()) {
            InputSection from = pending.poll();
            InputObject object = from.object();
            boolean[] keep = kept.get(object);
            for (ElfRelocation relocation : object.elf().relocationsFor(from.section().index())) {
                ElfSymbol target = object.elf().symbols().get(relocation.symbolIndex());
                int section = target.sectionIndex();
                if (target.isLocal() && target.isDefined() && !target.isAbsolute() && !keep[section]
                        && object.section(section).isAlloc()) {
                    keep[section] = true;
                    pending.add(toInput(object, object.section(section)));
                }
            }
        }
    }

    private static int[] nonLocalDefinitionCounts(InputObject object) {
        int[] counts = new int[object.elf().sections().size()];
        for (ElfSymbol symbol : object.elf().symbols()) {
            if (!symbol.isLocal() && symbol.isDefined() && symbol.sectionIndex() < counts.length) {
                counts[symbol.sectionIndex()]++;
            }
        }
        return counts;
    }

    private static InputSection toInput(InputObject object, ElfSection section) {
        return new InputSection(object, section, SectionKind.of(section, object.where(section.index())));
    }
}
