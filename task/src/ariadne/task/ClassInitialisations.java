package ariadne.task;

import ariadne.magic.Address;
import ariadne.runtime.unwind.Frames;
import ariadne.runtime.unwind.MethodEntry;
import ariadne.runtime.unwind.MethodTables;

/**
 * Whether the running task is inside a class initialisation, so that the timer does not preempt it
 * there. The compiler's initialisation guard ({@code pkg.Cls.<clinit-guard>()V}, docs/ABI.md) marks
 * a class "running" and lets every later request through as if it were a recursive one from the
 * same thread; a task preempted mid-{@code <clinit>} would let the next task read the class's
 * statics before they are set (an {@code Integer.valueOf} saw a null box cache this way). On one
 * CPU, keeping the timer out of the guard makes initialisation atomic with respect to the other
 * tasks, which is what JLS 12.4.2 asks of them (wait until it is done).
 *
 * <p>The test walks the frame chain from the tick handler through the interrupt stub's frame into
 * the interrupted code, looking for a guard's frame; only ticks that would preempt pay for it.
 */
final class ClassInitialisations {
    private static final String GUARD = "<clinit-guard>";
    /** Deeper chains are not followed: the check then answers "inside", the safe side. */
    private static final int MAX_FRAMES = 4096;

    private ClassInitialisations() {
    }

    /** Whether a class-initialisation guard is on the running task's stack. No allocation. */
    static boolean inProgress() {
        Address frame = Frames.callerFrame();
        for (int depth = 0; depth < MAX_FRAMES; depth++) {
            if (frame.isZero()) {
                return false;
            }
            long returnAddress = Frames.returnAddress(frame);
            if (returnAddress == 0) {
                return false;
            }
            Address method = MethodTables.entryAt(returnAddress - 1);
            if (!method.isZero() && MethodEntry.methodNameIs(method, GUARD)) {
                return true;
            }
            frame = Frames.callerOf(frame);
        }
        return true;
    }
}
