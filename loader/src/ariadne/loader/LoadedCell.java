package ariadne.loader;

import ariadne.loader.elf.CellObject;
import ariadne.loader.elf.Elf;
import ariadne.loader.elf.Strings;
import ariadne.loader.memory.CellPages;
import ariadne.magic.Address;

/**
 * A cell in the namespace: its validated object, where each of its sections was loaded, its
 * exported symbols (sorted by name for binary search) and the links it applied against other
 * loaded cells.
 */
public final class LoadedCell {
    private final String name;
    private final int version;
    private final CellObject object;
    private final long[] sectionAddresses;
    private final Links links = new Links();
    private final CellPages pages = new CellPages();
    private int[] exports;
    private int imageReferences;
    private boolean loaded;

    LoadedCell(String name, int version, CellObject object) {
        this.name = name;
        this.version = version;
        this.object = object;
        this.sectionAddresses = new long[object.sectionCount()];
    }

    public String name() {
        return name;
    }

    public int version() {
        return version;
    }

    /** Whether the cell is in the namespace (false once unloaded or swapped out). */
    public boolean isLoaded() {
        return loaded;
    }

    CellObject object() {
        return object;
    }

    Links links() {
        return links;
    }

    /** The frames holding this cell's sections. */
    CellPages pages() {
        return pages;
    }

    /** Pages holding this cell's sections. */
    public long pageCount() {
        return pages.pageCount();
    }

    void markLoaded(boolean isLoaded) {
        loaded = isLoaded;
    }

    void countImageReference() {
        imageReferences++;
    }

    /** Relocations this cell resolved against the statically linked image. */
    public int imageReferences() {
        return imageReferences;
    }

    // ---- sections ----

    void placeSection(int section, Address at) {
        sectionAddresses[section] = at.toLong();
    }

    /** Where section {@code i} was loaded, or zero when it was not (not ALLOC, or empty). */
    public Address sectionAddress(int i) {
        return Address.fromLong(sectionAddresses[i]);
    }

    /** The start of this cell's method table (docs/ABI.md, "Method tables"), or zero if it has none. */
    public Address methodTable() {
        for (int i = 0; i < sectionCount(); i++) {
            if (".rodata.ariadne.methods".equals(sectionName(i))) {
                return sectionAddress(i);
            }
        }
        return Address.zero();
    }

    public int sectionCount() {
        return object.sectionCount();
    }

    public String sectionName(int i) {
        return object.sectionName(i);
    }

    public long sectionSize(int i) {
        return object.size(i);
    }

    /** Bytes of loaded sections. */
    public long loadedBytes() {
        long total = 0;
        for (int i = 1; i < sectionAddresses.length; i++) {
            if (sectionAddresses[i] != 0) {
                total += object.size(i);
            }
        }
        return total;
    }

    /** The loaded section holding {@code address}, or 0. */
    public int sectionContaining(long address) {
        for (int i = 1; i < sectionAddresses.length; i++) {
            long start = sectionAddresses[i];
            if (start != 0 && address >= start && address < start + object.size(i)) {
                return i;
            }
        }
        return 0;
    }

    /** Whether {@code address} lies in one of this cell's loaded code sections. */
    public boolean holdsCode(long address) {
        int section = sectionContaining(address);
        return section != 0 && object.isExecutable(section);
    }

    // ---- symbols ----

    /** Where defined symbol {@code i} is. */
    Address symbolAddress(int i) {
        int section = object.symbolSection(i);
        if (section == Elf.SHN_ABS) {
            return Address.fromLong(object.symbolValue(i));
        }
        return sectionAddress(section).plus(object.symbolValue(i));
    }

    /** Sorts the exported (global, defined) symbols by name. */
    void indexExports() {
        int count = 0;
        for (int i = 1; i < object.symbolCount(); i++) {
            if (isExport(i)) {
                count++;
            }
        }
        int[] found = new int[count];
        int at = 0;
        for (int i = 1; i < object.symbolCount(); i++) {
            if (isExport(i)) {
                found[at++] = i;
            }
        }
        SymbolSort.byName(object, found);
        exports = found;
    }

    private boolean isExport(int i) {
        return object.isDefined(i) && object.symbolBinding(i) == Elf.STB_GLOBAL;
    }

    int exportCount() {
        return exports.length;
    }

    int export(int k) {
        return exports[k];
    }

    /** The exported symbol whose name is at {@code nameAt}, or -1. */
    int findExport(Address nameAt, int length) {
        int low = 0;
        int high = exports.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int s = exports[middle];
            int order = Strings.compare(object.symbolNameAddress(s), object.symbolNameLength(s), nameAt, length);
            if (order == 0) {
                return s;
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    /** The exported symbol named {@code symbolName}, or -1. */
    public int findExport(String symbolName) {
        byte[] bytes = Strings.encode(symbolName);
        return findExport(Strings.bytesOf(bytes), bytes.length);
    }

    /** The address of the exported symbol {@code symbolName}, or zero. */
    public Address exportAddress(String symbolName) {
        int symbol = findExport(symbolName);
        return symbol < 0 ? Address.zero() : symbolAddress(symbol);
    }

    public String symbolName(int i) {
        return object.symbolName(i);
    }

    // ---- dependencies ----

    /** Whether any link of this cell points into {@code other}. */
    public boolean dependsOn(LoadedCell other) {
        for (int i = 0; i < links.count(); i++) {
            if (links.target(i) == other) {
                return true;
            }
        }
        return false;
    }

    /** Links from this cell into other loaded cells: the edges of the per-section dependency graph. */
    public int linkCount() {
        return links.count();
    }

    /** Section of this cell that link {@code i} patches. */
    public int linkSourceSection(int i) {
        return links.sourceSection(i);
    }

    public LoadedCell linkTarget(int i) {
        return links.target(i);
    }

    /** Section of the target cell that link {@code i} refers to. */
    public int linkTargetSection(int i) {
        return links.target(i).object.symbolSection(links.targetSymbol(i));
    }

    @Override
    public String toString() {
        return name + " v" + version;
    }
}
