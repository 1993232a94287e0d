package ariadne.memory;

import ariadne.base.Memory;
import ariadne.magic.Address;
import ariadne.ownership.CellState;
import ariadne.ownership.Unique;

/**
 * A mapping this object owns: a range of virtual pages, mapped to frames it allocated
 * ({@link #allocate}) or to given physical memory ({@link #mapPhysical}, e.g. device
 * registers). {@link #release} unmaps it, gives owned frames back and returns the addresses;
 * after that the object is spent.
 */
public final class MappedPages {
    @CellState
    private static final VirtualRegion REGION =
            new VirtualRegion(VirtualLayout.REGIONS_BASE, VirtualLayout.REGIONS_SIZE);

    private final long start;
    private final long pages;
    private final boolean ownsFrames;
    private long flags;
    private boolean released;

    private MappedPages(long start, long pages, boolean ownsFrames, long flags) {
        this.start = start;
        this.pages = pages;
        this.ownsFrames = ownsFrames;
        this.flags = flags;
    }

    /** {@code pages} zeroed pages of fresh frames with {@code flags}; null if memory ran out. */
    public static @Unique MappedPages allocate(long pages, long flags) {
        long start = REGION.allocate(pages << Page.SHIFT);
        if (start == VirtualRegion.NONE) {
            return null;
        }
        for (long i = 0; i < pages; i++) {
            Address page = Address.fromLong(start + (i << Page.SHIFT));
            long frame = Frames.allocate();
            if (frame == FrameAllocator.NONE || !PageTables.map(page, frame, PageFlags.DATA)) {
                if (frame != FrameAllocator.NONE) {
                    Frames.free(frame);
                }
                unmapRange(start, i, true);
                REGION.free(start, pages << Page.SHIFT);
                return null;
            }
            Memory.zero(page, Page.SIZE);
        }
        @Unique MappedPages mapping = new MappedPages(start, pages, true, flags);
        mapping.protect(flags);
        return mapping;
    }

    /** Maps {@code pages} pages of physical memory from {@code physical} (page aligned); null if out of memory. */
    public static @Unique MappedPages mapPhysical(long physical, long pages, long flags) {
        long start = REGION.allocate(pages << Page.SHIFT);
        if (start == VirtualRegion.NONE) {
            return null;
        }
        for (long i = 0; i < pages; i++) {
            if (!PageTables.map(Address.fromLong(start + (i << Page.SHIFT)), physical + (i << Page.SHIFT), flags)) {
                unmapRange(start, i, false);
                REGION.free(start, pages << Page.SHIFT);
                return null;
            }
        }
        return new MappedPages(start, pages, false, flags);
    }

    public Address start() {
        return Address.fromLong(start);
    }

    public long pages() {
        return pages;
    }

    public long size() {
        return pages << Page.SHIFT;
    }

    public long flags() {
        return flags;
    }

    public boolean isReleased() {
        return released;
    }

    /** Gives every page the rights {@code newFlags} ({@link PageFlags}). */
    public void protect(long newFlags) {
        checkLive();
        for (long i = 0; i < pages; i++) {
            PageTables.protect(Address.fromLong(start + (i << Page.SHIFT)), newFlags);
        }
        flags = newFlags;
    }

    /** Unmaps the pages, frees the frames this mapping allocated and returns the addresses. */
    public void release() {
        checkLive();
        released = true;
        unmapRange(start, pages, ownsFrames);
        REGION.free(start, pages << Page.SHIFT);
    }

    private void checkLive() {
        if (released) {
            throw new IllegalStateException("mapping already released");
        }
    }

    private static void unmapRange(long start, long pages, boolean freeFrames) {
        for (long i = 0; i < pages; i++) {
            long frame = PageTables.unmap(Address.fromLong(start + (i << Page.SHIFT)));
            if (freeFrames && frame != PageTables.NOT_MAPPED) {
                Frames.free(frame);
            }
        }
    }
}
