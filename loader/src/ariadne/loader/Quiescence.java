package ariadne.loader;

import ariadne.magic.Address;
import ariadne.memory.Stack;
import ariadne.memory.StackAllocator;

/**
 * Whether any task may be executing in, or returning into, a cell's code. The current task's
 * frames are walked exactly (docs/ABI.md: {@code [rbp]} is the caller's rbp, {@code [rbp+8]}
 * the return address, rbp = 0 ends the chain). Every other task is switched out, its stack
 * pointer saved in the lowest word of its stack (ariadne.task.TaskStack); the live part of its
 * stack, from there to the top, is scanned conservatively: any word that points into the cell's
 * code counts, which also catches a task preempted inside the cell (the interrupted address is
 * on its stack). Must be called with interrupts masked, so that no task moves meanwhile.
 */
final class Quiescence {
    /** Where task stacks live: VirtualLayout.STACKS_BASE, documented in nucleus/memory/README.md. */
    private static final long STACKS_BASE = 0x0000_2000_0000_0000L;
    /** A frame chain longer than this is taken as corrupt, and so as not quiescent. */
    private static final int MAX_FRAMES = 100000;
    private static final int MAX_SLOTS = 1 << 16;

    private Quiescence() {
    }

    /** Null when no task is in {@code cell}'s code, else which task is. */
    // Sound: the memory cell's stacks are only compared and their bounds read, with interrupts
    // masked; none is kept past this call or released here.
    @SuppressWarnings("ownership:cell.boundary.shared.result")
    static String busyTask(LoadedCell cell) {
        Address frame = CallGate.callerFrame();
        String own = busyFrame(cell, frame);
        if (own != null) {
            return own;
        }
        Stack current = StackAllocator.stackOfSlotAt(frame.toLong());
        int live = StackAllocator.liveStacks();
        int seen = 0;
        for (int slot = 0; slot < MAX_SLOTS && seen < live; slot++) {
            Stack stack = StackAllocator.stackOfSlotAt(STACKS_BASE + (slot + 1) * StackAllocator.SLOT_SIZE - 8);
            if (stack == null) {
                continue;
            }
            seen++;
            if (stack != current && holdsCodeAddress(cell, stack)) {
                return "a switched-out task (stack slot " + slot + ") is in its code";
            }
        }
        return null;
    }

    /** A frame of the current task, from {@code frame} up, returning into {@code cell}'s code, or null. */
    static String busyFrame(LoadedCell cell, Address frame) {
        for (int depth = 0; depth < MAX_FRAMES; depth++) {
            if (frame.isZero()) {
                return null;
            }
            if (cell.pages().inCode(frame.loadLong(8))) {
                return "the current task's frame " + depth + " levels up returns into its code";
            }
            frame = frame.loadAddress(0);
        }
        return "the current task has more than " + MAX_FRAMES + " frames";
    }

    private static boolean holdsCodeAddress(LoadedCell cell, Stack stack) {
        long bottom = stack.bottom().toLong();
        long top = stack.top().toLong();
        long saved = stack.bottom().loadLong(0);
        if (saved <= bottom || saved >= top) {
            return false;
        }
        for (long at = saved & -8L; at < top; at += 8) {
            if (cell.pages().inCode(Address.fromLong(at).loadLong(0))) {
                return true;
            }
        }
        return false;
    }
}
