package ariadne.memory.heap;

import ariadne.base.Memory;
import ariadne.base.ObjectLayout;
import ariadne.magic.Address;
import ariadne.magic.Magic;
import ariadne.memory.CpuState;
import ariadne.memory.FrameAllocator;
import ariadne.memory.Frames;
import ariadne.memory.Page;
import ariadne.memory.PageFlags;
import ariadne.memory.PageTables;
import ariadne.memory.SpinLock;
import ariadne.memory.VirtualRegion;
import ariadne.runtime.Allocator;

/**
 * The kernel heap. Small objects (up to {@link SizeClasses#MAX_SMALL} bytes) come from spans
 * of one size class, through a free list per class; large objects get spans and pages of their
 * own, unmapped when freed. One lock (which also masks interrupts) guards the lists and
 * counters; mapping a large object's pages happens outside it. Allocates no objects.
 *
 * <p>A free small cell is zero but for its first word, the free-list link: a new span is zeroed
 * once, and {@link #free} zeroes the cell it takes back. So allocating clears one word instead of
 * the whole object — the path every {@code new} takes, written with few calls and no 64-bit
 * comparisons, which the template compiler makes long.
 */
final class KernelHeap extends Allocator.Heap {
    /**
     * The lock word (a {@link SpinLock}'s protocol, taken with {@link CpuState#acquire} directly:
     * two calls fewer on every allocation).
     */
    private final long[] lockCell = new long[1];
    private final Address lock = Magic.objectAddress(lockCell).plus(ObjectLayout.ARRAY_ELEMENTS);
    private final SizeClasses classes = new SizeClasses();
    /** {@link SizeClasses}' tables, read directly on the allocation path. */
    private final byte[] classOfGranules = classes.classOfGranules();
    private final int[] sizes = classes.sizes();
    /** The first free cell of each class (its first word links to the next), 0 if none. */
    private final long[] freeCells = new long[classes.count()];
    private final VirtualRegion spans;
    private long limitBytes = Long.MAX_VALUE;
    private long mappedPages;
    private long bytesInUse;
    private long objectsAllocated;
    private long objectsFreed;
    private long largeObjects;

    KernelHeap(long base, long size) {
        spans = new VirtualRegion(base, size);
    }

    @Override
    protected Address allocate(long bytes) {
        if (bytes > SizeClasses.MAX_SMALL) {
            return allocateLarge(bytes);
        }
        int sizeClass = classOfGranules[((int) bytes + 7) >> SizeClasses.GRANULE_SHIFT];
        long flags = CpuState.acquire(lock);
        Address cell = Address.fromLong(freeCells[sizeClass]);
        if (cell.isZero()) {
            CpuState.release(lock, flags);
            return allocateFromNewSpan(sizeClass);
        }
        freeCells[sizeClass] = cell.loadLong(0);
        bytesInUse += sizes[sizeClass];
        objectsAllocated++;
        CpuState.release(lock, flags);
        cell.storeLong(0, 0L); // the link: the rest of a free cell is zero already
        return cell;
    }

    /** Gives back an object this heap allocated. */
    void free(Address object) {
        if (!spans.contains(object.toLong())) {
            throw new IllegalArgumentException("not an object of the kernel heap");
        }
        Address span = Span.of(object);
        int kind = Span.kind(span);
        if (kind == Span.LARGE) {
            freeLarge(span);
            return;
        }
        zeroCell(object, classes.sizeOf(kind));
        long flags = CpuState.acquire(lock);
        object.storeLong(0, freeCells[kind]);
        freeCells[kind] = object.toLong();
        bytesInUse -= classes.sizeOf(kind);
        objectsFreed++;
        CpuState.release(lock, flags);
    }

    boolean contains(Address address) {
        return spans.contains(address.toLong());
    }

    long bytesInUse() {
        return bytesInUse;
    }

    long bytesMapped() {
        return mappedPages << Page.SHIFT;
    }

    long objectsAllocated() {
        return objectsAllocated;
    }

    long objectsFreed() {
        return objectsFreed;
    }

    long largeObjects() {
        return largeObjects;
    }

    long limit() {
        return limitBytes;
    }

    void setLimit(long bytes) {
        limitBytes = bytes;
    }

    /** The slow path: no free cell of {@code sizeClass}; maps a span for it. Zero if out of memory. */
    private Address allocateFromNewSpan(int sizeClass) {
        int size = sizes[sizeClass];
        long flags = CpuState.acquire(lock);
        long cell = freeCells[sizeClass]; // an interrupt handler may have freed one meanwhile
        if (cell == 0) {
            cell = newSpan(sizeClass, size);
        }
        if (cell != 0) {
            freeCells[sizeClass] = Address.fromLong(cell).loadLong();
            bytesInUse += size;
            objectsAllocated++;
        }
        CpuState.release(lock, flags);
        Address memory = Address.fromLong(cell);
        if (cell != 0) {
            memory.storeLong(0, 0L);
        }
        return memory;
    }

    /** Maps a span for {@code sizeClass}, zeroes it, threads its cells into a list and returns the first; 0 if out of memory. Lock held. */
    private long newSpan(int sizeClass, int size) {
        long pages = Span.SIZE >> Page.SHIFT;
        if (!withinLimit(pages)) {
            return 0;
        }
        long start = spans.allocate(Span.SIZE);
        if (start == VirtualRegion.NONE) {
            return 0;
        }
        if (!mapFresh(start, pages)) {
            spans.free(start, Span.SIZE);
            return 0;
        }
        mappedPages += pages;
        Address span = Address.fromLong(start);
        Span.describe(span, sizeClass, pages);
        Address first = span.plus(Span.HEADER);
        zeroCell(first, (int) (Span.SIZE - Span.HEADER));
        int cells = (int) (Span.SIZE - Span.HEADER) / size;
        Address cell = first;
        for (int i = 1; i < cells; i++) {
            Address next = cell.plus(size);
            cell.storeAddress(0, next);
            cell = next;
        }
        return first.toLong();
    }

    /** Zeroes {@code bytes} (a multiple of 8) from {@code start}, 64 bytes a round while it can. */
    private static void zeroCell(Address start, int bytes) {
        Address p = start;
        for (int rounds = bytes >> 6; rounds > 0; rounds--) {
            p.storeLong(0, 0L);
            p.storeLong(8, 0L);
            p.storeLong(16, 0L);
            p.storeLong(24, 0L);
            p.storeLong(32, 0L);
            p.storeLong(40, 0L);
            p.storeLong(48, 0L);
            p.storeLong(56, 0L);
            p = p.plus(64);
        }
        for (int words = (bytes & 63) >> 3; words > 0; words--) {
            p.storeLong(0, 0L);
            p = p.plus(8);
        }
    }

    private Address allocateLarge(long bytes) {
        long spanCount = Span.spansFor(bytes);
        long pages = Page.count(Span.HEADER + bytes);
        long flags = CpuState.acquire(lock);
        boolean granted = withinLimit(pages) && pages <= Frames.freeFrames();
        if (granted) {
            mappedPages += pages; // claimed now, so concurrent requests see the limit
        }
        CpuState.release(lock, flags);
        if (!granted) {
            return Address.zero();
        }
        long start = spans.allocate(spanCount * Span.SIZE);
        if (start == VirtualRegion.NONE || !mapFresh(start, pages)) {
            if (start != VirtualRegion.NONE) {
                spans.free(start, spanCount * Span.SIZE);
            }
            flags = CpuState.acquire(lock);
            mappedPages -= pages;
            CpuState.release(lock, flags);
            return Address.zero();
        }
        Address span = Address.fromLong(start);
        Span.describe(span, Span.LARGE, pages);
        Address object = span.plus(Span.HEADER);
        Memory.zero(object, bytes);
        flags = CpuState.acquire(lock);
        bytesInUse += pages << Page.SHIFT;
        objectsAllocated++;
        largeObjects++;
        CpuState.release(lock, flags);
        return object;
    }

    private void freeLarge(Address span) {
        long pages = Span.pages(span);
        long start = span.toLong();
        unmapAndFree(start, pages);
        spans.free(start, Span.spansFor((pages << Page.SHIFT) - Span.HEADER) * Span.SIZE);
        long flags = CpuState.acquire(lock);
        mappedPages -= pages;
        bytesInUse -= pages << Page.SHIFT;
        objectsFreed++;
        largeObjects--;
        CpuState.release(lock, flags);
    }

    private boolean withinLimit(long morePages) {
        return (mappedPages + morePages) << Page.SHIFT <= limitBytes;
    }

    /** Maps {@code pages} fresh frames from {@code start}; on failure unmaps what it mapped and returns false. */
    private static boolean mapFresh(long start, long pages) {
        for (long i = 0; i < pages; i++) {
            long frame = Frames.allocate();
            Address page = Address.fromLong(start + (i << Page.SHIFT));
            if (frame == FrameAllocator.NONE || !PageTables.map(page, frame, PageFlags.DATA | PageFlags.GLOBAL)) {
                if (frame != FrameAllocator.NONE) {
                    Frames.free(frame);
                }
                unmapAndFree(start, i);
                return false;
            }
        }
        return true;
    }

    private static void unmapAndFree(long start, long pages) {
        for (long i = 0; i < pages; i++) {
            long frame = PageTables.unmap(Address.fromLong(start + (i << Page.SHIFT)));
            if (frame != PageTables.NOT_MAPPED) {
                Frames.free(frame);
            }
        }
    }
}
