package ariadne.task;

import ariadne.magic.Address;

/** The stack switch, defined by the boot object {@code ariadne.boot.ContextSwitch}. */
final class Cpu {
    private Cpu() {
    }

    /**
     * Saves the current stack pointer at {@code saveRspTo} and continues on {@code newRsp}: the
     * call returns when some task switches back to the saved stack.
     */
    static native void switchStacks(Address saveRspTo, Address newRsp);
}
