package ariadne.task;

import ariadne.ownership.CellState;

/**
 * Stacks of exited tasks kept for the next spawn, so that a spawn does not map and zero fresh
 * pages. Only default-sized stacks are kept, at most {@link #CAPACITY}; the others go back to
 * the stack allocator (and their frames to the frame allocator).
 */
final class StackPool {
    static final int DEFAULT_SIZE = 16 * 1024;
    static final int CAPACITY = 64;

    @CellState
    private static final TaskStack[] FREE = new TaskStack[CAPACITY];
    @CellState
    private static int freeCount;
    @CellState
    private static int inUse;

    private StackPool() {
    }

    static TaskStack take(int size) {
        TaskStack stack;
        if (size == DEFAULT_SIZE && freeCount > 0) {
            stack = FREE[--freeCount];
            FREE[freeCount] = null;
        } else {
            stack = TaskStack.allocate(size);
        }
        inUse++;
        return stack;
    }

    static void give(TaskStack stack) {
        inUse--;
        if (stack.size == DEFAULT_SIZE && freeCount < CAPACITY) {
            FREE[freeCount++] = stack;
        } else {
            stack.release();
        }
    }

    /** Stacks owned by tasks that have not exited. */
    static int inUse() {
        return inUse;
    }

    /** Stacks waiting in the pool. */
    static int pooled() {
        return freeCount;
    }
}
