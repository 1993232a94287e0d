package ariadne.runtime;

import ariadne.base.Memory;
import ariadne.base.ObjectLayout;
import ariadne.magic.Address;
import ariadne.magic.Entrypoint;
import ariadne.magic.Magic;
import ariadne.ownership.CellState;
import ariadne.ownership.ThreadSafe;

/**
 * Where {@code new} gets its memory. At first a boot heap: a bump allocator over a fixed
 * window after the image (linker symbol {@code __image_end}) that never frees, used while
 * interrupts are off and before memory management runs. Once the memory cell has built the
 * kernel heap it {@link #install}s it, and every allocation goes there; exhaustion then throws
 * {@link OutOfMemoryError}. The statics all start at zero, so the class needs no initialiser.
 */
public final class Allocator {

    /**
     * Bytes the boot heap may hand out; the memory cell keeps them out of its frame allocator, and
     * the kernel's boot-info reader keeps boot modules that would lie in them below the heap.
     */
    public static final long BOOTSTRAP_WINDOW = 8L << 20;
    private static final long ALIGNMENT = 8;

    /** Where the boot heap starts, if something below it must survive (see {@link #startAbove}). */
    @CellState
    private static long floor;
    @CellState
    private static long next;
    @CellState
    private static long end;
    @CellState
    private static Heap heap;
    @CellState
    private static OutOfMemoryError outOfMemory;

    /** A heap that serves allocation after boot (the memory cell's kernel heap); every task and handler shares it. */
    @ThreadSafe
    public abstract static class Heap {
        /**
         * Zeroed, 8-byte aligned memory of {@code bytes} bytes, or the zero address when the
         * heap is exhausted. Must be safe to call from interrupt handlers.
         */
        protected abstract Address allocate(long bytes);
    }

    private Allocator() {
    }

    /**
     * Makes the boot heap start at or above {@code limit} (e.g. above boot-loader data that follows
     * the image). Only has an effect before the first allocation.
     */
    public static void startAbove(Address limit) {
        if (next == 0 && limit.toLong() > floor) {
            floor = limit.toLong();
        }
    }

    /** One past the boot heap's window: memory below it may be in use by the image and the boot heap. */
    public static Address bootWindowEnd() {
        if (next == 0) {
            openBootHeap();
        }
        return Address.fromLong(end);
    }

    /** One past the last byte the boot heap handed out: what {@link #bootWindowEnd} may give back after {@link #install}. */
    public static Address bootHeapEnd() {
        return Address.fromLong(next);
    }

    /** From now on allocation uses {@code kernelHeap}; the boot heap hands out nothing more. */
    public static void install(Heap kernelHeap) {
        outOfMemory = new OutOfMemoryError("Java heap space");
        heap = kernelHeap;
    }

    /** A zeroed object of {@code size} bytes (header included) of type {@code type}. */
    @Entrypoint
    public static Object allocateObject(Address type, int size) {
        Address memory = take(size);
        memory.storeAddress(ObjectLayout.TYPE, type);
        return Magic.addressAsObject(memory);
    }

    /** A zeroed array of {@code length} elements of {@code elementSize} bytes each. */
    @Entrypoint
    public static Object allocateArray(Address type, int length, int elementSize) {
        if (length < 0) {
            Throws.negativeArraySize(length);
        }
        Address memory = take(ObjectLayout.ARRAY_ELEMENTS + (long) length * elementSize);
        memory.storeAddress(ObjectLayout.TYPE, type);
        memory.storeInt(ObjectLayout.ARRAY_LENGTH, length);
        return Magic.addressAsObject(memory);
    }

    /** Bytes the boot heap handed out. */
    public static long used() {
        return next == 0 ? 0 : next - start();
    }

    private static Address take(long bytes) {
        long size = (bytes + ALIGNMENT - 1) & -ALIGNMENT;
        if (heap != null) {
            Address memory = heap.allocate(size);
            if (memory.isZero()) {
                throw outOfMemory;
            }
            return memory;
        }
        if (next == 0) {
            openBootHeap();
        }
        if (size > end - next) {
            Fatal.stop("boot heap exhausted before the kernel heap was installed", "");
        }
        Address memory = Address.fromLong(next);
        next += size;
        Memory.zero(memory, size);
        return memory;
    }

    private static void openBootHeap() {
        next = start();
        end = next + BOOTSTRAP_WINDOW;
    }

    private static long start() {
        long imageEnd = Magic.symbolAddress("__image_end").toLong();
        long base = imageEnd > floor ? imageEnd : floor;
        return (base + ALIGNMENT - 1) & -ALIGNMENT;
    }
}
