package ariadne.memory;

/**
 * The RAM the firmware says the OS may use: a list of physical ranges, as the boot info gives it,
 * and ranges within them that must stay out of the frame allocator (boot modules, say).
 */
public final class UsableMemory {
    private long[] bases = new long[16];
    private long[] lengths = new long[16];
    private int count;
    private long[] excludedBases = new long[4];
    private long[] excludedLengths = new long[4];
    private int excludedCount;

    public void add(long base, long length) {
        if (count == bases.length) {
            bases = grow(bases);
            lengths = grow(lengths);
        }
        bases[count] = base;
        lengths[count] = length;
        count++;
    }

    /** Keeps {@code [base, base + length)} in use: the frame allocator never hands it out. */
    public void exclude(long base, long length) {
        if (excludedCount == excludedBases.length) {
            excludedBases = grow(excludedBases);
            excludedLengths = grow(excludedLengths);
        }
        excludedBases[excludedCount] = base;
        excludedLengths[excludedCount] = length;
        excludedCount++;
    }

    public int excludedCount() {
        return excludedCount;
    }

    public long excludedBase(int index) {
        return excludedBases[index];
    }

    public long excludedLength(int index) {
        return excludedLengths[index];
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
