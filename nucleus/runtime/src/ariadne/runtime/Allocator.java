package ariadne.runtime;

import ariadne.base.Memory;
import ariadne.base.ObjectLayout;
import ariadne.base.TypeLayout;
import ariadne.magic.Address;
import ariadne.magic.Entrypoint;
import ariadne.magic.Magic;

/**
 * The boot heap: a bump allocator over the memory after the image (linker symbol
 * {@code __image_end}). Not thread-safe (interrupts are off while it is the only heap), and
 * nothing is ever freed. The statics all start at zero, so the class needs no initialiser.
 */
public final class Allocator {

    /** Bytes the heap may hand out. */
    private static final long LIMIT = 64L << 20;
    /** Kept back so that an OutOfMemoryError can still be described and reported. */
    private static final long RESERVE = 64L << 10;
    private static final long ALIGNMENT = 8;

    /** Where the heap starts, if something below it must survive (see {@link #startAbove}). */
    private static long floor;
    private static long next;
    private static long end;
    private static boolean reserveOpen;
    private static OutOfMemoryError outOfMemory;

    private Allocator() {
    }

    /**
     * Makes the heap start at or above {@code limit} (e.g. above boot-loader data that follows
     * the image). Only has an effect before the first allocation.
     */
    public static void startAbove(Address limit) {
        if (next == 0 && limit.toLong() > floor) {
            floor = limit.toLong();
        }
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

    /** A shallow copy of a non-null array: the same type, length and elements. */
    public static Object cloneArray(Object array) {
        Address type = ObjectLayout.typeOf(array);
        int length = ObjectLayout.arrayLength(array);
        int elementSize = type.loadInt(TypeLayout.SIZE);
        Object copy = allocateArray(type, length, elementSize);
        Memory.copy(Magic.objectAddress(copy).plus(ObjectLayout.ARRAY_ELEMENTS),
                Magic.objectAddress(array).plus(ObjectLayout.ARRAY_ELEMENTS),
                (long) length * elementSize);
        return copy;
    }

    /** Bytes handed out so far. */
    public static long used() {
        return next == 0 ? 0 : next - start();
    }

    private static Address take(long bytes) {
        if (next == 0) {
            initialize();
        }
        long size = (bytes + ALIGNMENT - 1) & -ALIGNMENT;
        if (size > end - next) {
            exhausted();
        }
        Address memory = Address.fromLong(next);
        next += size;
        Memory.zero(memory, size);
        return memory;
    }

    private static void initialize() {
        next = start();
        end = next + LIMIT - RESERVE;
        outOfMemory = new OutOfMemoryError("Java heap space");
    }

    private static long start() {
        long imageEnd = Magic.symbolAddress("__image_end").toLong();
        long base = imageEnd > floor ? imageEnd : floor;
        return (base + ALIGNMENT - 1) & -ALIGNMENT;
    }

    /** Throws the preallocated error, first opening the reserve so it can be reported. */
    private static void exhausted() {
        if (reserveOpen) {
            Fatal.stop("heap exhausted while reporting an OutOfMemoryError", "");
        }
        reserveOpen = true;
        end += RESERVE;
        throw outOfMemory;
    }
}
