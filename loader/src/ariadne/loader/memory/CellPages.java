package ariadne.loader.memory;

import ariadne.base.Memory;
import ariadne.magic.Address;
import ariadne.memory.CodeRanges;
import ariadne.memory.FrameAllocator;
import ariadne.memory.Frames;
import ariadne.memory.Page;
import ariadne.memory.PageFlags;
import ariadne.memory.PageTables;
import ariadne.ownership.CellState;

/**
 * One cell's section memory: a run of physical frames per access right (code read+execute,
 * read-only data, writable data with no-execute), reached through the identity-mapped direct
 * map, so the sections lie in low memory within 32-bit reach of the image. Sections are placed
 * first, filled and relocated while every page is writable; {@link #protect} then gives each
 * run its rights, and {@link #release} restores the direct map's rights and frees the frames.
 */
public final class CellPages {
    public static final int CODE = 0;
    public static final int READ_ONLY = 1;
    public static final int DATA = 2;
    private static final int KINDS = 3;
    @CellState
    private static final long[] RIGHTS = {PageFlags.READ_ONLY, PageFlags.READ_ONLY | PageFlags.NO_EXECUTE,
            PageFlags.DATA};

    /** Pages held by every cell's runs, for the loader's counters. */
    @CellState
    private static long pagesInUse;

    private final long[] size = new long[KINDS];
    private final long[] start = new long[KINDS];
    private final long[] pages = new long[KINDS];
    /** The direct map's rights of each run before {@link #protect}, restored on release. */
    private final long[] originalRights = new long[KINDS];
    private boolean protectedRights;

    /** Reserves room for a section in run {@code kind}; returns its offset in the run. */
    public long reserve(int kind, long bytes, long alignment) {
        long offset = (size[kind] + alignment - 1) & -alignment;
        size[kind] = offset + bytes;
        return offset;
    }

    /** Takes and zeroes the frames of every reserved run; false (nothing kept) when memory ran out. */
    public boolean allocate() {
        for (int kind = 0; kind < KINDS; kind++) {
            if (size[kind] == 0) {
                continue;
            }
            long count = Page.count(size[kind]);
            long frame = Frames.allocateRun(count);
            if (frame == FrameAllocator.NONE) {
                release();
                return false;
            }
            start[kind] = frame;
            pages[kind] = count;
            pagesInUse += count;
            originalRights[kind] = PageTables.flagsOf(Address.fromLong(frame));
            Memory.zero(Address.fromLong(frame), count * Page.SIZE);
        }
        return true;
    }

    /** Where the section reserved at {@code offset} of run {@code kind} is. */
    public Address at(int kind, long offset) {
        return Address.fromLong(start[kind] + offset);
    }

    /**
     * Gives every run its rights (code read+execute, read-only data read-only, data no-execute)
     * and declares the code run compiled Java code, so that its faults become Java exceptions.
     */
    public void protect() {
        for (int kind = 0; kind < KINDS; kind++) {
            setRights(kind, RIGHTS[kind]);
        }
        if (pages[CODE] != 0) {
            CodeRanges.register(start[CODE], start[CODE] + pages[CODE] * Page.SIZE);
        }
        protectedRights = true;
    }

    /**
     * Stores the {@code width}-byte value {@code value} at {@code place} inside one of the runs,
     * lifting write protection from the pages it touches for the moment of the store (a swap
     * re-points calls in code that is already protected).
     */
    public void store(Address place, long value, int width) {
        int kind = runHolding(place.toLong());
        boolean lift = protectedRights && kind >= 0 && kind != DATA;
        Address first = Address.fromLong(Page.alignDown(place.toLong()));
        Address last = Address.fromLong(Page.alignDown(place.toLong() + width - 1));
        if (lift) {
            PageTables.protect(first, PageFlags.DATA);
            PageTables.protect(last, PageFlags.DATA);
        }
        if (width == 8) {
            place.storeLong(0, value);
        } else {
            place.storeInt(0, (int) value);
        }
        if (lift) {
            PageTables.protect(first, RIGHTS[kind]);
            PageTables.protect(last, RIGHTS[kind]);
        }
    }

    /** Restores the direct map's rights and frees every run. */
    public void release() {
        if (protectedRights && pages[CODE] != 0) {
            CodeRanges.unregister(start[CODE]);
        }
        for (int kind = 0; kind < KINDS; kind++) {
            if (pages[kind] == 0) {
                continue;
            }
            setRights(kind, originalRights[kind]);
            Frames.freeRun(start[kind], pages[kind]);
            pagesInUse -= pages[kind];
            pages[kind] = 0;
            start[kind] = 0;
        }
        protectedRights = false;
    }

    /** Whether {@code address} lies in the code run. */
    public boolean inCode(long address) {
        return pages[CODE] != 0 && address >= start[CODE] && address < start[CODE] + pages[CODE] * Page.SIZE;
    }

    /** Pages this cell holds. */
    public long pageCount() {
        return pages[CODE] + pages[READ_ONLY] + pages[DATA];
    }

    /** Pages held by all loaded cells. */
    public static long pagesInUse() {
        return pagesInUse;
    }

    private int runHolding(long address) {
        for (int kind = 0; kind < KINDS; kind++) {
            if (pages[kind] != 0 && address >= start[kind] && address < start[kind] + pages[kind] * Page.SIZE) {
                return kind;
            }
        }
        return -1;
    }

    private void setRights(int kind, long rights) {
        for (long i = 0; i < pages[kind]; i++) {
            PageTables.protect(Address.fromLong(start[kind] + i * Page.SIZE), rights);
        }
    }
}
