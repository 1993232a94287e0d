package ariadne.memory;

/**
 * Page-aligned ranges of virtual addresses handed out from {@code [base, base + size)}: from a
 * list of returned ranges (first fit) or else from the untouched rest. Only addresses: mapping
 * them is the caller's business. Safe from any CPU and from interrupt handlers; allocates no
 * objects after construction.
 */
public final class VirtualRegion {
    /** Returned when the region has no range of the size asked for. */
    public static final long NONE = -1;
    /** Returned ranges remembered at most; beyond that a returned range is simply not reused. */
    private static final int MAX_HOLES = 1024;

    private final SpinLock lock = new SpinLock();
    private final long base;
    private final long end;
    private long untouched;
    private final long[] holeStarts = new long[MAX_HOLES];
    private final long[] holeSizes = new long[MAX_HOLES];
    private int holes;

    public VirtualRegion(long base, long size) {
        this.base = base;
        this.end = base + size;
        this.untouched = base;
    }

    /** The start of {@code bytes} (rounded up to pages) of unused addresses, or {@link #NONE}. */
    public long allocate(long bytes) {
        long size = Page.alignUp(bytes);
        long flags = lock.lock();
        long start = NONE;
        for (int i = 0; i < holes && start == NONE; i++) {
            if (holeSizes[i] >= size) {
                start = holeStarts[i];
                holeStarts[i] += size;
                holeSizes[i] -= size;
                if (holeSizes[i] == 0) {
                    holes--;
                    holeStarts[i] = holeStarts[holes];
                    holeSizes[i] = holeSizes[holes];
                }
            }
        }
        if (start == NONE && size <= end - untouched) {
            start = untouched;
            untouched += size;
        }
        lock.unlock(flags);
        return start;
    }

    /** Returns {@code [start, start + bytes)}, which {@link #allocate} handed out. */
    public void free(long start, long bytes) {
        long size = Page.alignUp(bytes);
        long flags = lock.lock();
        if (start + size == untouched) {
            untouched = start;
        } else if (holes < MAX_HOLES) {
            holeStarts[holes] = start;
            holeSizes[holes] = size;
            holes++;
        }
        lock.unlock(flags);
    }

    public boolean contains(long address) {
        return address >= base && address < end;
    }
}
