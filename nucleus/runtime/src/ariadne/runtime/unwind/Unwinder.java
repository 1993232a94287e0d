package ariadne.runtime.unwind;

import ariadne.base.ObjectLayout;
import ariadne.magic.Address;

/**
 * Throwing: walks the frame chain from the thrower's caller outwards and resumes at the first
 * handler that catches the exception. A return address {@code ra} is looked up as {@code ra - 1}
 * (inside the call instruction, so within the caller's try range even when the call ends it);
 * the fault handler makes faulting instructions "call" their thrower with {@code ra} = faulting
 * rip + 1, so the same lookup lands on the faulting instruction.
 */
public final class Unwinder {
    private Unwinder() {
    }

    /** Resumes at the handler for {@code exception} in an older frame; returns only if there is none. */
    public static void unwind(Throwable exception) {
        Address exceptionType = ObjectLayout.typeOf(exception);
        Address frame = Frames.callerFrame();
        while (!frame.isZero()) {
            long pc = Frames.returnAddress(frame) - 1;
            Address caller = Frames.callerOf(frame);
            Address method = MethodTables.entryAt(pc);
            if (!method.isZero() && !caller.isZero()) {
                long handler = MethodEntry.handlerFor(method, pc, exceptionType);
                if (handler != 0) {
                    Address operandStack = caller.minus(8L * MethodEntry.frameSlots(method));
                    Frames.resume(Address.fromLong(handler), caller, operandStack, exception);
                }
            }
            frame = caller;
        }
    }
}
