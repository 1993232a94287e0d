package ariadne.memory;

import ariadne.magic.Magic;
import ariadne.ownership.CellState;

/**
 * Where compiled Java code lives: the image's text, plus the ranges the loader registers for
 * the cells it loads. The fault handler turns faults into Java exceptions only inside these.
 */
public final class CodeRanges {
    private static final int MAX_RANGES = 256;
    @CellState
    private static final SpinLock LOCK = new SpinLock();
    @CellState
    private static final long[] STARTS = new long[MAX_RANGES];
    @CellState
    private static final long[] ENDS = new long[MAX_RANGES];
    @CellState
    private static int count;

    private CodeRanges() {
    }

    /** Declares {@code [start, end)} compiled Java code; false if the table is full. */
    public static boolean register(long start, long end) {
        long flags = LOCK.lock();
        boolean room = count < MAX_RANGES;
        if (room) {
            STARTS[count] = start;
            ENDS[count] = end;
            count++;
        }
        LOCK.unlock(flags);
        return room;
    }

    /** Forgets the range registered with this {@code start} (its code is being unloaded). */
    public static void unregister(long start) {
        long flags = LOCK.lock();
        for (int i = 0; i < count; i++) {
            if (STARTS[i] == start) {
                count--;
                STARTS[i] = STARTS[count];
                ENDS[i] = ENDS[count];
                break;
            }
        }
        LOCK.unlock(flags);
    }

    /** Whether {@code address} is in the image's text or a registered range. Takes no lock (fault handlers call it). */
    public static boolean contains(long address) {
        if (address >= Magic.symbolAddress("__image_start").toLong() && address < Magic.symbolAddress("__text_end").toLong()) {
            return true;
        }
        for (int i = 0; i < count; i++) {
            if (address >= STARTS[i] && address < ENDS[i]) {
                return true;
            }
        }
        return false;
    }
}
