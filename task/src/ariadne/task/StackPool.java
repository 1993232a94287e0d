package ariadne.task;

/**
 * Stacks of exited tasks, kept for the next spawn: the boot heap cannot free, and reusing a
 * stack avoids zeroing a new one. Only default-sized stacks are pooled.
 */
final class StackPool {
    static final int DEFAULT_SIZE = 16 * 1024;

    private static TaskStack[] free;
    private static int freeCount;
    private static int inUse;

    private StackPool() {
    }

    static TaskStack take(int size) {
        inUse++;
        if (size == DEFAULT_SIZE && freeCount > 0) {
            TaskStack stack = free[--freeCount];
            free[freeCount] = null;
            return stack;
        }
        return TaskStack.allocate(size);
    }

    static void give(TaskStack stack) {
        inUse--;
        if (stack.size() != DEFAULT_SIZE) {
            return;
        }
        if (free == null) {
            free = new TaskStack[64];
        } else if (freeCount == free.length) {
            TaskStack[] larger = new TaskStack[free.length * 2];
            System.arraycopy(free, 0, larger, 0, freeCount);
            free = larger;
        }
        free[freeCount++] = stack;
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
