package ariadne.loader;

import ariadne.loader.elf.CellObject;
import ariadne.loader.elf.Strings;

/** Sorts symbol indices by the bytes of their names (merge sort: cells have thousands of symbols). */
final class SymbolSort {
    private SymbolSort() {
    }

    static void byName(CellObject object, int[] symbols) {
        if (symbols.length < 2) {
            return;
        }
        int[] scratch = new int[symbols.length];
        sort(object, symbols, scratch, 0, symbols.length);
    }

    private static void sort(CellObject object, int[] a, int[] scratch, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        sort(object, a, scratch, from, middle);
        sort(object, a, scratch, middle, to);
        int left = from;
        int right = middle;
        for (int k = from; k < to; k++) {
            if (right >= to || left < middle && compare(object, a[left], a[right]) <= 0) {
                scratch[k] = a[left++];
            } else {
                scratch[k] = a[right++];
            }
        }
        System.arraycopy(scratch, from, a, from, to - from);
    }

    private static int compare(CellObject object, int x, int y) {
        return Strings.compare(object.symbolNameAddress(x), object.symbolNameLength(x),
                object.symbolNameAddress(y), object.symbolNameLength(y));
    }
}
