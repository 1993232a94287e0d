package ariadne.loader;

import ariadne.magic.Address;

/**
 * Calls into loaded code through its address, and the caller's frame pointer for stack walks.
 * Bound at link time to boot code (ariadne.boot.LoaderCallGate): the gate tail-jumps to
 * {@code code}, which must take exactly the arguments given after it. An {@code int} result
 * comes back in the low 32 bits.
 */
public final class CallGate {
    private CallGate() {
    }

    public static native long invoke(Address code);

    public static native long invoke(Address code, long a);

    public static native long invoke(Address code, long a, long b);

    public static native Object invokeForObject(Address code);

    public static native Object invokeForObject(Address code, Object a);

    /** The frame pointer (rbp) of the method that calls this. */
    public static native Address callerFrame();
}
