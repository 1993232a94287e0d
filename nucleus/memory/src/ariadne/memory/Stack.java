package ariadne.memory;

import ariadne.magic.Address;

/**
 * A stack from {@link StackAllocator}: {@link #size} bytes of mapped memory ending at
 * {@link #top}, with unmapped pages below it, so running off its end faults (and the fault
 * becomes a {@code StackOverflowError}) instead of overwriting memory.
 */
public final class Stack {
    private final int slot;
    private final long bottom;
    private final long top;
    private boolean released;

    Stack(int slot, long bottom, long top) {
        this.slot = slot;
        this.bottom = bottom;
        this.top = top;
    }

    /** The initial stack pointer: one past the highest byte, 16-byte aligned. */
    public Address top() {
        return Address.fromLong(top);
    }

    /** The lowest usable byte; the page below is unmapped. */
    public Address bottom() {
        return Address.fromLong(bottom);
    }

    public long size() {
        return top - bottom;
    }

    /** Whether {@code address} lies in the usable part of this stack. */
    public boolean contains(Address address) {
        long a = address.toLong();
        return a >= bottom && a < top;
    }

    /**
     * Runs {@code body} with this stack as its stack, on the calling task, and returns when it
     * returns (or passes on what it throws). The stack must not be in use.
     */
    public void run(Runnable body) {
        checkLive();
        StackSwitch.callOn(top(), body);
    }

    /** Unmaps the stack and gives its memory back; it must not be in use. */
    public void release() {
        checkLive();
        released = true;
        StackAllocator.release(this);
    }

    public boolean isReleased() {
        return released;
    }

    int slot() {
        return slot;
    }

    private void checkLive() {
        if (released) {
            throw new IllegalStateException("stack already released");
        }
    }
}
