package ariadne.interrupts;

import ariadne.base.Machine;
import ariadne.magic.Address;
import ariadne.magic.Magic;
import ariadne.memory.CodeRanges;
import ariadne.memory.Page;
import ariadne.memory.StackAllocator;
import ariadne.ownership.CellState;

/**
 * CPU exceptions. A fault in Java code becomes the Java exception at the faulting instruction:
 * #DE an {@code ArithmeticException}, a page fault in page 0 a {@code NullPointerException}, a
 * page fault in the guard below a stack a {@code StackOverflowError} (thrown on the stack's
 * overflow area), a page fault anywhere else an {@code InternalError} naming the address. The frame is rewritten so that the CPU "returns" into the thrower as if the
 * faulting instruction had called it, with return address faulting rip + 1 (inside the faulting
 * instruction, so both "ra" and "ra - 1" lookups find its method, try range and line).
 * Anything else — other exceptions, faults in code running with interrupts off (the nucleus's
 * critical sections, interrupt handlers) or outside compiled Java code — is reported in full and
 * stops the machine.
 */
final class Faults {
    /** QEMU exit status after a fatal CPU exception (as {@code ariadne.runtime.Fatal}). */
    private static final int FATAL_STATUS = 1;
    @CellState
    private static boolean handling;

    private Faults() {
    }

    static void handle(InterruptFrame frame) {
        int vector = frame.vector();
        long faultAddress = vector == Vectors.PAGE_FAULT ? Cpu.readCr2() : 0;
        if (handling) {
            RawConsole.print("\nAriadne: CPU exception while handling a CPU exception");
            ExceptionReport.print(frame, faultAddress, "nested fault: stopping");
            Machine.exitQemu(FATAL_STATUS);
        }
        handling = true;
        boolean resumed = vector == Vectors.PAGE_FAULT && ProbeRecovery.resume(frame, faultAddress)
                || isInJavaCode(frame) && throwAtFault(frame, vector, faultAddress);
        if (!resumed) {
            ExceptionReport.print(frame, faultAddress, verdict(frame, vector, faultAddress));
            Machine.exitQemu(FATAL_STATUS);
        }
        handling = false;
    }

    /** Redirects the frame to the thrower for this fault; false if it has none. */
    private static boolean throwAtFault(InterruptFrame frame, int vector, long faultAddress) {
        long returnAddress = frame.instructionPointer() + 1;
        if (vector == Vectors.DIVIDE_ERROR) {
            frame.redirectToCall(Magic.symbolAddress("ariadne.runtime.Throws.divideByZero()V").toLong(),
                    returnAddress, frame.stackPointer());
            return true;
        }
        if (vector != Vectors.PAGE_FAULT) {
            return false;
        }
        if (faultAddress >= 0 && faultAddress < Page.SIZE) {
            frame.redirectToCall(Magic.symbolAddress("ariadne.runtime.Throws.nullPointer()V").toLong(),
                    returnAddress, frame.stackPointer());
            return true;
        }
        if (StackAllocator.isOverflow(faultAddress)) {
            Address overflowArea = StackAllocator.overflowAreaTop(faultAddress);
            if (!overflowArea.isZero()) {
                frame.redirectToCall(Magic.symbolAddress("ariadne.interrupts.FaultExceptions.stackOverflow()V").toLong(),
                        returnAddress, overflowArea.toLong());
                return true;
            }
            return false;
        }
        // Any other address: a wild access through Address (only privileged code can make one).
        // Like a fault in HotSpot's Unsafe accesses it becomes an InternalError, so a task that
        // makes one ends and its joiner learns why, while the system goes on.
        FaultExceptions.faultAddress = faultAddress;
        frame.redirectToCall(Magic.symbolAddress("ariadne.interrupts.FaultExceptions.wildAccess()V").toLong(),
                returnAddress, frame.stackPointer());
        return true;
    }

    /** Java code outside critical sections: in compiled code ({@link CodeRanges}), interrupted with interrupts enabled. */
    private static boolean isInJavaCode(InterruptFrame frame) {
        return frame.interruptsWereEnabled() && CodeRanges.contains(frame.instructionPointer());
    }

    private static String verdict(InterruptFrame frame, int vector, long faultAddress) {
        if (vector == Vectors.PAGE_FAULT && StackAllocator.isOverflow(faultAddress)) {
            return "stack overflow that cannot be thrown (in a critical section, or on the overflow area): stopping";
        }
        if (!frame.interruptsWereEnabled()) {
            return "fault with interrupts disabled (nucleus critical section or handler): stopping";
        }
        return "no Java exception for this fault: stopping";
    }
}
