package ariadne.loader;

import ariadne.base.Memory;
import ariadne.loader.elf.ByteView;
import ariadne.loader.elf.CellIdentity;
import ariadne.loader.elf.CellObject;
import ariadne.loader.elf.Elf;
import ariadne.loader.elf.Rejection;
import ariadne.loader.memory.CellPages;
import ariadne.loader.symbols.ImageSymbolTable;
import ariadne.magic.Address;

/**
 * Turns a cell object into a linked, not yet registered {@link LoadedCell}: validate, check
 * that its definitions clash with nothing, allocate and fill its sections, resolve every
 * relocation through the namespace and apply it, recording the links into other cells. On any
 * failure everything allocated is given back and the result says why.
 */
final class CellLinker {
    private final Namespace namespace;
    /** During a swap, the version being replaced: invisible to resolution and clash checks. */
    private final LoadedCell replacing;

    CellLinker(Namespace namespace, LoadedCell replacing) {
        this.namespace = namespace;
        this.replacing = replacing;
    }

    LoadResult link(ByteView bytes, String source) {
        Rejection rejection = new Rejection();
        CellObject object = CellObject.parse(bytes, rejection);
        CellIdentity identity = object == null ? null : CellIdentity.read(object, rejection);
        if (identity == null) {
            return LoadResult.refused("cell " + source + ": " + rejection.reason());
        }
        LoadedCell cell = new LoadedCell(identity.name(), identity.version(), object);
        String label = "cell " + cell;
        LoadedCell present = namespace.find(cell.name());
        if (present != null && present != replacing) {
            return LoadResult.refused(label + ": " + present + " is already loaded");
        }
        if (!checkDefinitions(cell, rejection)) {
            return LoadResult.refused(label + ": " + rejection.reason());
        }
        if (!allocate(cell, rejection) || !relocate(cell, rejection)) {
            cell.pages().release();
            return LoadResult.refused(label + ": " + rejection.reason());
        }
        cell.pages().protect();
        cell.indexExports();
        return LoadResult.loaded(cell);
    }

    /** A global definition may exist nowhere else: not in the image, not in another loaded cell. */
    private boolean checkDefinitions(LoadedCell cell, Rejection rejection) {
        CellObject object = cell.object();
        ImageSymbolTable image = namespace.image();
        for (int i = 1; i < object.symbolCount(); i++) {
            if (!object.isDefined(i) || object.symbolBinding(i) != Elf.STB_GLOBAL) {
                continue;
            }
            Address name = object.symbolNameAddress(i);
            int length = object.symbolNameLength(i);
            if (image.find(name, length) >= 0) {
                return rejection.reject("symbol " + object.symbolName(i) + " is already defined in the image");
            }
            LoadedCell other = namespace.exporterOf(name, length, replacing);
            if (other != null) {
                return rejection.reject("symbol " + object.symbolName(i) + " is already defined by cell " + other);
            }
        }
        return true;
    }

    /** Places every loaded section in the run of its rights and copies its bytes in. */
    private boolean allocate(LoadedCell cell, Rejection rejection) {
        CellObject object = cell.object();
        CellPages pages = cell.pages();
        long[] offsets = new long[object.sectionCount()];
        for (int i = 1; i < object.sectionCount(); i++) {
            if (object.isAlloc(i) && object.size(i) != 0) {
                offsets[i] = pages.reserve(runOf(object, i), object.size(i), object.alignment(i));
            }
        }
        if (!pages.allocate()) {
            return rejection.reject("out of memory for its sections");
        }
        for (int i = 1; i < object.sectionCount(); i++) {
            if (object.isAlloc(i) && object.size(i) != 0) {
                Address at = pages.at(runOf(object, i), offsets[i]);
                if (!object.isNobits(i)) {
                    Memory.copy(at, object.contents(i), object.size(i));
                }
                cell.placeSection(i, at);
            }
        }
        return true;
    }

    private static int runOf(CellObject object, int section) {
        if (object.isExecutable(section)) {
            return CellPages.CODE;
        }
        return object.isWritable(section) ? CellPages.DATA : CellPages.READ_ONLY;
    }

    private boolean relocate(LoadedCell cell, Rejection rejection) {
        CellObject object = cell.object();
        for (int s = 1; s < object.sectionCount(); s++) {
            if (!object.isRelocationSection(s)) {
                continue;
            }
            int target = object.relocatedSection(s);
            if (cell.sectionAddress(target).isZero()) {
                continue;
            }
            long count = object.relocationCount(s);
            for (long k = 0; k < count; k++) {
                if (!apply(cell, s, k, target, rejection)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean apply(LoadedCell cell, int rela, long k, int target, Rejection rejection) {
        CellObject object = cell.object();
        int symbol = (int) object.relocationSymbol(rela, k);
        int type = object.relocationType(rela, k);
        long addend = object.relocationAddend(rela, k);
        Address place = cell.sectionAddress(target).plus(object.relocationOffset(rela, k));
        Address value;
        LoadedCell exporter = null;
        int exported = -1;
        if (object.isDefined(symbol)) {
            value = ownDefinition(cell, symbol, rejection);
            if (value == null) {
                return false;
            }
        } else {
            // A name is defined once in the whole system (see checkDefinitions), so the order of
            // the search does not matter; most imports are the nucleus's.
            Address name = object.symbolNameAddress(symbol);
            int length = object.symbolNameLength(symbol);
            int entry = namespace.image().find(name, length);
            if (entry >= 0) {
                value = namespace.image().address(entry);
                cell.countImageReference();
            } else {
                exporter = namespace.exporterOf(name, length, replacing);
                if (exporter == null) {
                    return rejection.reject("missing symbol " + object.symbolName(symbol));
                }
                exported = exporter.findExport(name, length);
                value = exporter.symbolAddress(exported);
            }
        }
        if (!Patch.apply(cell.pages(), type, place, value.toLong(), addend)) {
            return rejection.reject("relocation in " + object.sectionName(target) + " against "
                    + object.symbolName(symbol) + " out of 32-bit range");
        }
        if (exporter != null) {
            cell.links().add(target, place.toLong(), type, addend, exporter, exported);
        }
        return true;
    }

    /**
     * A symbol the cell defines itself. A weak one (string literal, array type) is the image's
     * copy when the image has one, so that literals stay identical across the whole system.
     */
    private Address ownDefinition(LoadedCell cell, int symbol, Rejection rejection) {
        CellObject object = cell.object();
        if (object.symbolBinding(symbol) == Elf.STB_WEAK) {
            int entry = namespace.image().find(object.symbolNameAddress(symbol), object.symbolNameLength(symbol));
            if (entry >= 0) {
                cell.countImageReference();
                return namespace.image().address(entry);
            }
        }
        int section = object.symbolSection(symbol);
        if (section != Elf.SHN_ABS && cell.sectionAddress(section).isZero()) {
            rejection.reject("symbol " + object.symbolName(symbol) + " lies in section "
                    + object.sectionName(section) + ", which is not loaded");
            return null;
        }
        return cell.symbolAddress(symbol);
    }
}
