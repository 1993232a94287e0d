package ariadne.memory.heap;

import ariadne.magic.Address;
import ariadne.magic.Magic;
import ariadne.ownership.Borrowed;
import ariadne.ownership.CellState;
import ariadne.runtime.Allocator;

/**
 * The kernel heap as the rest of the nucleus sees it: starting it, freeing objects (for the
 * collector to come, and for tests), its counters and an optional size limit.
 */
public final class Heap {
    @CellState
    private static KernelHeap heap;

    private Heap() {
    }

    /** Builds the heap in {@code [base, base + size)} of the address space and makes {@code new} use it. */
    @SuppressWarnings("ownership:cell.state.escape") // handing the heap to the runtime's allocator is the point; it locks internally
    public static void start(long base, long size) {
        heap = new KernelHeap(base, size);
        Allocator.install(heap);
    }

    /**
     * Gives back {@code object}'s memory. Nothing may use the object afterwards; objects from
     * the boot heap (before {@link #start}) cannot be freed.
     */
    public static void free(Object object) {
        heap.free(Magic.objectAddress(object));
    }

    /** Whether {@code object} lives in the kernel heap (rather than the boot heap or the image). */
    public static boolean contains(@Borrowed Object object) {
        return heap.contains(Magic.objectAddress(object));
    }

    /** Bytes of live objects (rounded up to their size class; large objects by whole pages). */
    public static long bytesInUse() {
        return heap.bytesInUse();
    }

    /** Bytes of memory mapped for the heap: its footprint. */
    public static long bytesMapped() {
        return heap.bytesMapped();
    }

    public static long objectsAllocated() {
        return heap.objectsAllocated();
    }

    public static long objectsFreed() {
        return heap.objectsFreed();
    }

    public static long largeObjects() {
        return heap.largeObjects();
    }

    /** The footprint the heap may grow to; allocation beyond it throws OutOfMemoryError. */
    public static long limit() {
        return heap.limit();
    }

    public static void setLimit(long bytes) {
        heap.setLimit(bytes);
    }
}
