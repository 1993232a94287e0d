package ariadne.task;

import ariadne.base.ObjectLayout;
import ariadne.magic.Address;
import ariadne.magic.Magic;
import ariadne.memory.Stack;
import ariadne.memory.StackAllocator;

/**
 * A task's stack and the word its stack pointer is saved in while it is switched out. A
 * spawned task's stack comes from {@link StackAllocator}, with an unmapped guard below it, and
 * its lowest word holds the saved stack pointer (so 8 bytes of it are not usable). The boot
 * task runs on the boot stack and keeps that word on the heap.
 */
final class TaskStack {
    /** The guarded stack, or null for the boot task. */
    private final Stack stack;
    /** The boot task's saved stack pointer (a heap word), or null. */
    private final long[] bootSlot;
    /** Where the stack pointer is saved while the task is switched out. */
    final Address savedRspSlot;
    /** Usable bytes (0 for the boot context). */
    final long size;

    private TaskStack(Stack stack, long[] bootSlot, Address savedRspSlot) {
        this.stack = stack;
        this.bootSlot = bootSlot;
        this.savedRspSlot = savedRspSlot;
        this.size = stack == null ? 0 : stack.size();
    }

    /** A guarded stack of at least {@code size} bytes. */
    static TaskStack allocate(int size) {
        Stack stack = StackAllocator.allocate(size);
        if (stack == null) {
            throw new OutOfMemoryError("no memory left for a task stack of " + size + " bytes");
        }
        return new TaskStack(stack, null, stack.bottom());
    }

    /** The context of the code running now on the boot stack. */
    static TaskStack ofBootContext() {
        long[] slot = new long[1];
        return new TaskStack(null, slot, Magic.objectAddress(slot).plus(ObjectLayout.ARRAY_ELEMENTS));
    }

    /** Gives the memory back; the stack must not be in use. */
    void release() {
        stack.release();
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
        Address top = stack.top();
        top.storeLong(-8, 0L);
        top.storeAddress(-16, code);
        top.storeLong(-24, 0L);
        savedRspSlot.storeAddress(top.minus(24));
    }
}
