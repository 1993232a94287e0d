package ariadne.loader;

/**
 * The relocations a cell applied against other loaded cells, kept so that a swap can re-point
 * them and the namespace can tell who depends on whom: place, type and addend of each, the
 * section it patched, and the target cell and symbol. Together they are the cross-cell part of
 * the per-section dependency graph.
 */
final class Links {
    private int count;
    private int[] sourceSection = new int[8];
    private long[] place = new long[8];
    private int[] type = new int[8];
    private long[] addend = new long[8];
    private LoadedCell[] target = new LoadedCell[8];
    private int[] targetSymbol = new int[8];

    void add(int section, long at, int relocationType, long add, LoadedCell to, int symbol) {
        if (count == place.length) {
            grow();
        }
        sourceSection[count] = section;
        place[count] = at;
        type[count] = relocationType;
        addend[count] = add;
        target[count] = to;
        targetSymbol[count] = symbol;
        count++;
    }

    int count() {
        return count;
    }

    int sourceSection(int i) {
        return sourceSection[i];
    }

    long place(int i) {
        return place[i];
    }

    int type(int i) {
        return type[i];
    }

    long addend(int i) {
        return addend[i];
    }

    LoadedCell target(int i) {
        return target[i];
    }

    int targetSymbol(int i) {
        return targetSymbol[i];
    }

    /** Makes link {@code i} point at {@code symbol} of {@code to} (after a swap). */
    void retarget(int i, LoadedCell to, int symbol) {
        target[i] = to;
        targetSymbol[i] = symbol;
    }

    private void grow() {
        int size = place.length * 2;
        sourceSection = copy(sourceSection, size);
        place = copy(place, size);
        type = copy(type, size);
        addend = copy(addend, size);
        targetSymbol = copy(targetSymbol, size);
        LoadedCell[] t = new LoadedCell[size];
        System.arraycopy(target, 0, t, 0, count);
        target = t;
    }

    private int[] copy(int[] a, int size) {
        int[] b = new int[size];
        System.arraycopy(a, 0, b, 0, count);
        return b;
    }

    private long[] copy(long[] a, int size) {
        long[] b = new long[size];
        System.arraycopy(a, 0, b, 0, count);
        return b;
    }
}
