package ariadne.memory;

import ariadne.magic.Address;

/** Calling Java code on another stack: boot code ({@code ariadne.boot.MemoryPrimitives}). */
final class StackSwitch {
    private StackSwitch() {
    }

    /**
     * Switches to the stack whose top is {@code top}, calls {@link StackEntry#enter}
     * with {@code target} there, and switches back. The frame chain continues across the switch.
     */
    static native void callOn(Address top, Object target);
}
