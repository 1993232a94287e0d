package ariadne.interrupts;

import ariadne.magic.Entrypoint;
import ariadne.magic.NoInline;

/**
 * Throwers the fault handler makes a faulting instruction "call" when the runtime has none
 * ({@code ariadne.runtime.Throws} has the others).
 */
final class FaultExceptions {
    private FaultExceptions() {
    }

    @Entrypoint
    @NoInline
    static void stackOverflow() {
        throw new StackOverflowError();
    }
}
