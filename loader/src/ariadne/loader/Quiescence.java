package ariadne.loader;

import ariadne.magic.Address;

/**
 * Whether code of a cell is running: a walk of the frame-pointer chain (docs/ABI.md: {@code [rbp]}
 * is the caller's rbp, {@code [rbp+8]} the return address, rbp = 0 ends the chain) looking for a
 * return address inside the cell's code. Until the task cell lets the loader stop and inspect
 * other tasks, only the current task's stack is walked, so a swap must run with no other task
 * inside the cell.
 */
final class Quiescence {
    /** A chain longer than this is taken as corrupt, and so as not quiescent. */
    private static final int MAX_FRAMES = 100000;

    private Quiescence() {
    }

    /** A frame of the current task returning into {@code cell}'s code, as "frame N", or null when none. */
    static String busyFrame(LoadedCell cell) {
        Address frame = CallGate.callerFrame();
        for (int depth = 0; depth < MAX_FRAMES; depth++) {
            if (frame.isZero()) {
                return null;
            }
            if (cell.holdsCode(frame.loadLong(8))) {
                return "a frame " + depth + " levels up returns into its code";
            }
            frame = frame.loadAddress(0);
        }
        return "the stack has more than " + MAX_FRAMES + " frames";
    }
}
