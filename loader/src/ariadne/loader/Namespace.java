package ariadne.loader;

import ariadne.loader.symbols.ImageSymbolTable;
import ariadne.magic.Address;

/**
 * The loaded cells and what they export, over the statically linked image's own symbols.
 * A name resolves to a loaded cell's export first, then to the image.
 */
public final class Namespace {
    private final ImageSymbolTable image;
    private LoadedCell[] cells = new LoadedCell[8];
    private int count;

    Namespace(ImageSymbolTable image) {
        this.image = image;
    }

    ImageSymbolTable image() {
        return image;
    }

    /** Number of loaded cells. */
    public int count() {
        return count;
    }

    /** The {@code i}th loaded cell, in load order. */
    public LoadedCell cell(int i) {
        return cells[i];
    }

    /** The loaded cell named {@code name}, or null. */
    public LoadedCell find(String name) {
        for (int i = 0; i < count; i++) {
            if (cells[i].name().equals(name)) {
                return cells[i];
            }
        }
        return null;
    }

    /** The loaded cells other than {@code cell} that have links into it. */
    public LoadedCell[] dependentsOf(LoadedCell cell) {
        int found = 0;
        LoadedCell[] all = new LoadedCell[count];
        for (int i = 0; i < count; i++) {
            if (cells[i] != cell && cells[i].dependsOn(cell)) {
                all[found++] = cells[i];
            }
        }
        LoadedCell[] result = new LoadedCell[found];
        System.arraycopy(all, 0, result, 0, found);
        return result;
    }

    /** The loaded cell other than {@code excluded} that exports the name at {@code name}, or null. */
    LoadedCell exporterOf(Address name, int length, LoadedCell excluded) {
        for (int i = 0; i < count; i++) {
            if (cells[i] != excluded && cells[i].findExport(name, length) >= 0) {
                return cells[i];
            }
        }
        return null;
    }

    void add(LoadedCell cell) {
        if (count == cells.length) {
            LoadedCell[] larger = new LoadedCell[count * 2];
            System.arraycopy(cells, 0, larger, 0, count);
            cells = larger;
        }
        cells[count++] = cell;
        cell.markLoaded(true);
    }

    void remove(LoadedCell cell) {
        for (int i = 0; i < count; i++) {
            if (cells[i] == cell) {
                System.arraycopy(cells, i + 1, cells, i, count - i - 1);
                cells[--count] = null;
                cell.markLoaded(false);
                return;
            }
        }
    }

    /** Puts {@code replacement} where {@code old} was, keeping the load order. */
    void replace(LoadedCell old, LoadedCell replacement) {
        for (int i = 0; i < count; i++) {
            if (cells[i] == old) {
                cells[i] = replacement;
                old.markLoaded(false);
                replacement.markLoaded(true);
                return;
            }
        }
    }
}
