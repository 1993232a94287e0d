package ariadne.task;

import ariadne.base.ObjectLayout;
import ariadne.magic.Address;
import ariadne.magic.Magic;

/**
 * A task's stack: heap memory (a {@code long[]}, so a collector sees it as reachable data
 * without references) with a small header at its lowest address:
 * <pre>
 *   bottom + 0   the saved stack pointer while the task is switched out
 *   bottom + 8   a canary; a stack that grew down over it has overflowed
 * </pre>
 * There is no guard page yet: the canary only detects an overflow after the fact.
 */
final class TaskStack {
    private static final long CANARY = 0x4B434154535F5441L;
    private static final int SAVED_RSP = 0;
    private static final int CANARY_OFFSET = 8;
    static final int HEADER_BYTES = 16;

    /** Keeps the memory reachable; the code works on {@link #bottom}. */
    private final long[] memory;
    private final Address bottom;
    private final int size;

    private TaskStack(int size) {
        this.memory = new long[size / 8];
        this.bottom = Magic.objectAddress(memory).plus(ObjectLayout.ARRAY_ELEMENTS);
        this.size = size;
        bottom.storeLong(CANARY_OFFSET, CANARY);
    }

    /** A new stack of {@code size} bytes (a multiple of 8, header included). */
    static TaskStack allocate(int size) {
        return new TaskStack(size);
    }

    /** The context of the code running now (the boot stack): a header and no stack of its own. */
    static TaskStack ofBootContext() {
        return new TaskStack(HEADER_BYTES);
    }

    int size() {
        return size;
    }

    Address savedRspSlot() {
        return bottom.plus(SAVED_RSP);
    }

    Address savedRsp() {
        return bottom.loadAddress(SAVED_RSP);
    }

    boolean intact() {
        return bottom.loadLong(CANARY_OFFSET) == CANARY;
    }

    /**
     * Lays out the stack so that the first switch to it "returns" into {@code code}, a static
     * method without arguments, as if it had been called from a frame that ends the frame chain:
     * <pre>
     *   top - 8    0      return address of code's frame: stack walks stop
     *   top - 16   code   where the switch's ret goes
     *   top - 24   0      the rbp the switch pops: frame walks stop
     * </pre>
     */
    void prepareEntry(Address code) {
        Address top = Address.fromLong(bottom.plus(size).toLong() & -16L);
        top.storeLong(-8, 0L);
        top.storeAddress(-16, code);
        top.storeLong(-24, 0L);
        savedRspSlot().storeAddress(top.minus(24));
    }
}
