package ariadne.memory;

import ariadne.magic.Address;

/**
 * Asking the MMU what an access would do, without dying of it: each probe makes the access,
 * and the page-fault handler resumes a probe that faults with the answer false. Boot code
 * ({@code ariadne.boot.MemoryPrimitives}); for tests and diagnostics.
 */
public final class MemoryProbe {
    private MemoryProbe() {
    }

    /** Whether a byte load from {@code address} succeeds. */
    public static native boolean canRead(Address address);

    /**
     * Whether a byte store to {@code address} succeeds; it stores the byte's own value back with
     * one atomic instruction, so the memory is unchanged.
     */
    public static native boolean canWrite(Address address);

    /**
     * Whether the CPU may fetch instructions at {@code address}: calls it, so it must hold code
     * that sets eax to 1 and returns (e.g. the bytes B8 01 00 00 00 C3).
     */
    public static native boolean canExecute(Address address);
}
