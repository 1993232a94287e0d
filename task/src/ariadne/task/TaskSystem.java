package ariadne.task;

/** Counters and capabilities of the task system, for tests, benchmarks and the shell. */
public final class TaskSystem {
    private TaskSystem() {
    }

    /** Records of spawned tasks not yet both exited and joined or detached. */
    public static int liveRecords() {
        return Dispatcher.liveRecords();
    }

    /** Stacks of tasks that have not exited. */
    public static int stacksInUse() {
        return StackPool.inUse();
    }

    /** Stacks of exited tasks kept for reuse. */
    public static int stacksPooled() {
        return StackPool.pooled();
    }

    /** Timer ticks that switched the running task out. */
    public static long preemptions() {
        return Dispatcher.preemptions();
    }

    /** Whether the timer preempts a task that never blocks or yields. */
    public static boolean preemptive() {
        return Dispatcher.preemptive();
    }
}
