package ariadne.memory;

import ariadne.magic.Address;
import ariadne.memory.heap.Heap;
import ariadne.ownership.CellState;
import ariadne.runtime.Allocator;
import ariadne.runtime.Fatal;

/**
 * Starts memory management: the frame allocator over the RAM the firmware reported (minus
 * the image, the boot-loader data, the boot heap and the ranges the caller excluded), the
 * direct map over all of it, page 0 unmapped, page protection, the kernel heap, which then
 * serves every {@code new}, and a guard page below the boot stack.
 */
public final class Memory {
    private static final long LOW_MEMORY = 1L << 20;
    @CellState
    private static boolean started;

    private Memory() {
    }

    /** Runs once, early in boot, with interrupts off. */
    public static void initialize(UsableMemory usable) {
        if (started) {
            throw new IllegalStateException("memory management already started");
        }
        started = true;
        long reservedEnd = Page.alignUp(Allocator.bootWindowEnd().toLong());
        long end = Page.alignDown(usable.end());
        long bitmapBytes = Page.alignUp(FrameAllocator.bitmapBytes(end >>> Page.SHIFT));
        long bitmap = placeBitmap(usable, reservedEnd, bitmapBytes);
        if (bitmap < 0) {
            Fatal.stop("no room below 4 GiB for the frame bitmap", "");
        }
        FrameAllocator frames = new FrameAllocator(0, end >>> Page.SHIFT, Address.fromLong(bitmap));
        long usableFrames = 0;
        for (int i = 0; i < usable.count(); i++) {
            long base = Page.alignUp(usable.base(i));
            long top = Page.alignDown(usable.base(i) + usable.length(i));
            if (top > base) {
                frames.release(base, top);
                usableFrames += (top - base) >>> Page.SHIFT;
            }
        }
        frames.reserve(0, Math.max(reservedEnd, LOW_MEMORY)); // real-mode area, image, boot data, boot heap
        frames.reserve(bitmap, bitmap + bitmapBytes);
        for (int i = 0; i < usable.excludedCount(); i++) {
            frames.reserve(usable.excludedBase(i), usable.excludedBase(i) + usable.excludedLength(i));
        }
        Frames.install(frames, usableFrames);

        PageTables.enableProtection();
        if (!DirectMap.extendTo(end)) {
            Fatal.stop("out of frames while mapping memory above 4 GiB", "");
        }
        DirectMap.unmapPageZero();
        Heap.start(VirtualLayout.HEAP_BASE, VirtualLayout.HEAP_SIZE);
        releaseUsable(usable, Page.alignUp(Allocator.bootHeapEnd().toLong()), reservedEnd);
        BootStackGuard.install();
    }

    /**
     * Frees the usable RAM in {@code [start, end)}: the boot heap's window beyond what it handed out.
     * Excluded ranges are boot-loader data, which the boot heap starts above, so none lies here.
     */
    private static void releaseUsable(UsableMemory usable, long start, long end) {
        for (int i = 0; i < usable.count(); i++) {
            long base = Math.max(usable.base(i), start);
            long top = Math.min(usable.base(i) + usable.length(i), end);
            if (top > base) {
                Frames.release(base, top);
            }
        }
    }

    /** Where the frame bitmap goes: the first usable range above the boot window with room, below 4 GiB; -1 if none. */
    private static long placeBitmap(UsableMemory usable, long above, long bytes) {
        for (int i = 0; i < usable.count(); i++) {
            long base = Math.max(Page.alignUp(usable.base(i)), above);
            long top = Math.min(usable.base(i) + usable.length(i), DirectMap.BOOT_LIMIT);
            if (top - base >= bytes) {
                return base;
            }
        }
        return -1;
    }
}
