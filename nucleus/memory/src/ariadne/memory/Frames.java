package ariadne.memory;

import ariadne.base.Memory;
import ariadne.magic.Address;
import ariadne.ownership.CellState;

/**
 * The system's physical frames: one {@link FrameAllocator} over all RAM the firmware reported,
 * behind a lock so that any CPU and interrupt handlers may use it. Every frame is reachable
 * at its physical address through the direct map ({@link DirectMap}).
 */
public final class Frames {
    @CellState
    private static final SpinLock LOCK = new SpinLock();
    @CellState
    private static FrameAllocator frames;
    /** Frames of RAM the firmware reported usable (the allocator's range also spans holes). */
    @CellState
    private static long usableFrames;
    /** Frames handed out for page tables so far (they are never given back). */
    @CellState
    private static long tableFrames;

    private Frames() {
    }

    static void install(FrameAllocator allocator, long usable) {
        frames = allocator;
        usableFrames = usable;
    }

    /** A frame, or {@link FrameAllocator#NONE} when memory is exhausted. */
    public static long allocate() {
        long flags = LOCK.lock();
        long frame = frames.allocate();
        LOCK.unlock(flags);
        return frame;
    }

    /** A frame below {@code limit} (physical), or {@link FrameAllocator#NONE}. */
    public static long allocateBelow(long limit) {
        long flags = LOCK.lock();
        long frame = frames.allocateBelow(limit);
        LOCK.unlock(flags);
        return frame;
    }

    /** {@code count} physically contiguous frames, or {@link FrameAllocator#NONE}. */
    public static long allocateRun(long count) {
        long flags = LOCK.lock();
        long frame = frames.allocateRun(count);
        LOCK.unlock(flags);
        return frame;
    }

    /**
     * {@code count} physically contiguous frames ending at or below {@code limit}, or {@link
     * FrameAllocator#NONE}. Through the direct map such a run is also virtually contiguous: e.g.
     * code that must be within rel32 reach of the image asks for a run below 2 GiB.
     */
    public static long allocateRunBelow(long count, long limit) {
        long flags = LOCK.lock();
        long frame = frames.allocateRunBelow(count, limit);
        LOCK.unlock(flags);
        return frame;
    }

    /** A zeroed frame for a page table, reachable through the direct map, or {@link FrameAllocator#NONE}. */
    static long allocateTable() {
        long frame = allocateBelow(DirectMap.limit());
        if (frame != FrameAllocator.NONE) {
            Memory.zero(Address.fromLong(frame), Page.SIZE);
            tableFrames++;
        }
        return frame;
    }

    public static void free(long physical) {
        long flags = LOCK.lock();
        try {
            frames.free(physical);
        } finally {
            LOCK.unlock(flags);
        }
    }

    public static void freeRun(long physical, long count) {
        long flags = LOCK.lock();
        try {
            frames.freeRun(physical, count);
        } finally {
            LOCK.unlock(flags);
        }
    }

    /** Makes the whole frames in {@code [start, end)} available (e.g. boot memory no longer needed). */
    static void release(long start, long end) {
        long flags = LOCK.lock();
        frames.release(start, end);
        LOCK.unlock(flags);
    }

    public static long freeFrames() {
        return frames.freeFrames();
    }

    /** Frames of usable RAM. */
    public static long totalFrames() {
        return usableFrames;
    }

    /** Frames of usable RAM in use (image, boot data, page tables, heap, stacks...). */
    public static long usedFrames() {
        return usableFrames - frames.freeFrames();
    }

    public static long pageTableFrames() {
        return tableFrames;
    }

    /** The highest physical address the allocator covers (exclusive). */
    public static long end() {
        return frames.base() + (frames.totalFrames() << Page.SHIFT);
    }
}
