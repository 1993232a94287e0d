package ariadne.interrupts;

import ariadne.magic.Entrypoint;
import ariadne.magic.NoInline;
import ariadne.ownership.CellState;

/**
 * Throwers the fault handler makes a faulting instruction "call" when the runtime has none
 * ({@code ariadne.runtime.Throws} has the others).
 */
final class FaultExceptions {
    /** The address of the last wild access, set by the fault handler just before it redirects here (one CPU). */
    @CellState
    static long faultAddress;

    private FaultExceptions() {
    }

    @Entrypoint
    @NoInline
    static void wildAccess() {
        throw new InternalError("a fault occurred in a memory access at 0x" + Long.toHexString(faultAddress));
    }

    @Entrypoint
    @NoInline
    static void stackOverflow() {
        throw new StackOverflowError();
    }
}
