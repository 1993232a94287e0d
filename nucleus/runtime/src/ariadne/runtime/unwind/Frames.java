package ariadne.runtime.unwind;

import ariadne.magic.Address;

/**
 * The machine frames of compiled code (docs/ABI.md): {@code [rbp]} is the caller's rbp,
 * {@code [rbp+8]} the return address into the caller; the chain ends at rbp = 0. The two natives
 * are boot code ({@code ariadne.boot.UnwindPrimitives}).
 */
public final class Frames {
    private Frames() {
    }

    /** The frame pointer of the method calling this one. */
    public static native Address callerFrame();

    /**
     * Continues at {@code handler} in the frame {@code framePointer}, with {@code rsp} =
     * {@code stackPointer} and {@code exception} pushed as the handler's operand stack. Every
     * younger frame is dropped. Never returns.
     */
    static native void resume(Address handler, Address framePointer, Address stackPointer, Throwable exception);

    /** The return address stored in {@code frame}: where its caller goes on. */
    public static long returnAddress(Address frame) {
        return frame.loadLong(8);
    }

    /** The frame of the method that called the one owning {@code frame}; zero at the end of the chain. */
    public static Address callerOf(Address frame) {
        return frame.loadAddress(0);
    }
}
