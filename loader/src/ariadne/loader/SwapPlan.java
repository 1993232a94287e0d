package ariadne.loader;

import ariadne.loader.elf.CellObject;
import ariadne.loader.elf.Elf;
import ariadne.magic.Address;
import ariadne.magic.Magic;
import ariadne.memory.heap.Heap;

/**
 * The checks of a swap, before anything changes: every symbol a dependent uses exists in the
 * new version with the same Java signature (a symbol names its descriptor) and, for statics and
 * types, the same size; the old static state fits the new version, or the new version migrates
 * it itself. Collects what the switch will do: the incoming links and the statics to carry.
 */
final class SwapPlan {
    private static final String STATIC = "static:";
    private static final String CLINIT_STATE = "clinit-state:";
    private static final String TYPE = "type:";
    private static final String MIGRATE = ".migrateFrom(Lariadne/loader/OldState;)V";
    /** Type descriptor fields a dependent's code relies on (docs/ABI.md): instance size and vtable length. */
    private static final int TIB_SIZE = 16;
    private static final int TIB_VTABLE_LENGTH = 36;

    final LoadedCell old;
    final LoadedCell replacement;
    /** Links of other cells into the old version: (cell, index), and the new symbol for each. */
    LoadedCell[] linkCells = new LoadedCell[16];
    int[] linkIndices = new int[16];
    int[] newSymbols = new int[16];
    int linkCount;
    /** Old symbol → new symbol of every static datum carried byte for byte. */
    int[] carriedOld = new int[16];
    int[] carriedNew = new int[16];
    int carriedCount;
    /** The new version's migrateFrom, or -1 when statics are carried. */
    int migrate = -1;

    SwapPlan(LoadedCell old, LoadedCell replacement) {
        this.old = old;
        this.replacement = replacement;
    }

    /** Null when the swap can go ahead, else why not. */
    String check(Namespace namespace) {
        String why = collectLinks(namespace);
        if (why != null) {
            return why;
        }
        migrate = findMigration();
        return migrate >= 0 ? null : planCarriedState();
    }

    private String collectLinks(Namespace namespace) {
        for (int c = 0; c < namespace.count(); c++) {
            LoadedCell cell = namespace.cell(c);
            if (cell == old) {
                continue;
            }
            Links links = cell.links();
            for (int i = 0; i < links.count(); i++) {
                if (links.target(i) != old) {
                    continue;
                }
                String name = old.symbolName(links.targetSymbol(i));
                int symbol = replacement.findExport(name);
                if (symbol < 0) {
                    return "symbol " + name + " used by cell " + cell + " is missing in " + replacement;
                }
                String why = sameShape(name, links.targetSymbol(i), symbol);
                if (why != null) {
                    return why + " (used by cell " + cell + ")";
                }
                addLink(cell, i, symbol);
            }
        }
        return null;
    }

    /** Statics and type descriptors a dependent uses must keep their size and layout. */
    private String sameShape(String name, int oldSymbol, int newSymbol) {
        if (name.startsWith(STATIC) && old.object().symbolSize(oldSymbol)
                != replacement.object().symbolSize(newSymbol)) {
            return "static " + name + " changed size";
        }
        if (name.startsWith(TYPE)) {
            Address before = old.symbolAddress(oldSymbol);
            Address after = replacement.symbolAddress(newSymbol);
            if (before.loadInt(TIB_SIZE) != after.loadInt(TIB_SIZE)
                    || before.loadInt(TIB_VTABLE_LENGTH) != after.loadInt(TIB_VTABLE_LENGTH)) {
                return "type " + name + " changed layout";
            }
        }
        return null;
    }

    private int findMigration() {
        CellObject object = replacement.object();
        for (int i = 1; i < object.symbolCount(); i++) {
            if (object.isDefined(i) && object.symbolBinding(i) == Elf.STB_GLOBAL
                    && object.symbolName(i).endsWith(MIGRATE)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Without a migration every static of the old version must have a place of the same size in
     * the new one, and must not hold an object whose type is the old version's (its type
     * descriptor goes away with the old version).
     */
    private String planCarriedState() {
        CellObject object = old.object();
        for (int i = 1; i < object.symbolCount(); i++) {
            if (!object.isDefined(i) || object.symbolBinding(i) != Elf.STB_GLOBAL) {
                continue;
            }
            String name = object.symbolName(i);
            boolean isStatic = name.startsWith(STATIC);
            if (!isStatic && !name.startsWith(CLINIT_STATE)) {
                continue;
            }
            int target = replacement.findExport(name);
            if (target < 0 || replacement.object().symbolSize(target) != object.symbolSize(i)) {
                if (!isStatic) {
                    continue;
                }
                return "static " + name.substring(STATIC.length()) + " has no place of the same size in "
                        + replacement + " (it may declare migrateFrom(OldState) instead)";
            }
            if (isStatic && object.symbolSize(i) == 8 && holdsOldObject(old.symbolAddress(i).loadLong(0))) {
                return "static " + name.substring(STATIC.length()) + " holds an object of a type of " + old
                        + " (declare migrateFrom(OldState) to rebuild it)";
            }
            addCarried(i, target);
        }
        return null;
    }

    /** Whether {@code value} is an object (in the heap or in the old cell) whose type is the old cell's. */
    private boolean holdsOldObject(long value) {
        if (old.sectionContaining(value) != 0) {
            return true;
        }
        if (value == 0 || !Heap.contains(Magic.addressAsObject(Address.fromLong(value)))) {
            return false;
        }
        return old.sectionContaining(Address.fromLong(value).loadLong(0)) != 0;
    }

    private void addLink(LoadedCell cell, int index, int symbol) {
        if (linkCount == linkCells.length) {
            linkCells = grow(linkCells);
            linkIndices = grow(linkIndices);
            newSymbols = grow(newSymbols);
        }
        linkCells[linkCount] = cell;
        linkIndices[linkCount] = index;
        newSymbols[linkCount] = symbol;
        linkCount++;
    }

    private void addCarried(int oldSymbol, int newSymbol) {
        if (carriedCount == carriedOld.length) {
            carriedOld = grow(carriedOld);
            carriedNew = grow(carriedNew);
        }
        carriedOld[carriedCount] = oldSymbol;
        carriedNew[carriedCount] = newSymbol;
        carriedCount++;
    }

    private static int[] grow(int[] a) {
        int[] b = new int[a.length * 2];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    private static LoadedCell[] grow(LoadedCell[] a) {
        LoadedCell[] b = new LoadedCell[a.length * 2];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }
}
