package ariadne.memory;

/** The RAM the firmware says the OS may use: a list of physical ranges, as the boot info gives it. */
public final class UsableMemory {
    private long[] bases = new long[16];
    private long[] lengths = new long[16];
    private int count;

    public void add(long base, long length) {
        if (count == bases.length) {
            bases = grow(bases);
            lengths = grow(lengths);
        }
        bases[count] = base;
        lengths[count] = length;
        count++;
    }

    public int count() {
        return count;
    }

    public long base(int index) {
        return bases[index];
    }

    public long length(int index) {
        return lengths[index];
    }

    /** One past the highest usable byte. */
    public long end() {
        long end = 0;
        for (int i = 0; i < count; i++) {
            end = Math.max(end, bases[i] + lengths[i]);
        }
        return end;
    }

    private static long[] grow(long[] values) {
        long[] larger = new long[values.length * 2];
        System.arraycopy(values, 0, larger, 0, values.length);
        return larger;
    }
}
