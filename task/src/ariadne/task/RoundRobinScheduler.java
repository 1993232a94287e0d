package ariadne.task;

/**
 * Round robin within strict priorities: the longest-waiting task of the highest non-empty
 * priority runs next; a running task gives way after its slice ({@link #SLICE_TICKS} timer ticks
 * unless chosen otherwise) to a runnable task of its own or a higher priority, and at once to a
 * woken task of a higher one. A slice of one tick preempts on every tick: tests use it to
 * provoke races.
 */
public final class RoundRobinScheduler implements Scheduler {
    /** Timer ticks a task may run while others of its priority wait. */
    public static final int SLICE_TICKS = 2;

    private final TaskQueue[] levels = new TaskQueue[Task.MAX_PRIORITY + 1];
    /** No level above this one holds a task (most tasks share one level, so a scan is short). */
    private int highest;
    private int runnable;
    private int ticksInSlice;
    private final int sliceTicks;

    public RoundRobinScheduler() {
        this(SLICE_TICKS);
    }

    /** A policy whose tasks run at most {@code sliceTicks} ticks (at least 1) while others wait. */
    public RoundRobinScheduler(int sliceTicks) {
        if (sliceTicks < 1) {
            throw new IllegalArgumentException("a slice of " + sliceTicks + " ticks");
        }
        this.sliceTicks = sliceTicks;
        for (int p = 0; p < levels.length; p++) {
            levels[p] = new TaskQueue();
        }
    }

    @Override
    public void add(TaskRecord task) {
        int p = task.priority;
        levels[p].addLast(task);
        if (p > highest) {
            highest = p;
        }
        runnable++;
    }

    @Override
    public TaskRecord takeNext() {
        if (runnable == 0) {
            return null;
        }
        TaskQueue[] all = levels;
        int p = highest;
        while (all[p].first == null) {
            p--;
        }
        highest = p;
        runnable--;
        ticksInSlice = 0;
        return all[p].removeFirst();
    }

    /**
     * {@code running} yields: returns the task to run instead, with {@code running} queued behind
     * its priority's other tasks, or {@code running} itself when no task of its or a higher
     * priority waits. The same as {@code add(running)} then {@link #takeNext}, in one step.
     */
    TaskRecord rotate(TaskRecord running) {
        int p = running.priority;
        ticksInSlice = 0;
        if (highest > p) {
            add(running);
            return takeNext();
        }
        TaskQueue level = levels[p];
        if (level.first == null) {
            return running;
        }
        return level.rotate(running);
    }

    /** No task is waiting to run. */
    boolean isEmpty() {
        return runnable == 0;
    }

    @Override
    public void remove(TaskRecord task) {
        if (levels[task.priority].remove(task)) {
            runnable--;
        }
    }

    @Override
    public boolean hasRunnable() {
        return runnable != 0;
    }

    @Override
    public boolean preempts(TaskRecord woken, TaskRecord running) {
        return woken.priority > running.priority;
    }

    @Override
    public boolean tick(TaskRecord running) {
        ticksInSlice++;
        return ticksInSlice >= sliceTicks && runnable != 0 && highest >= running.priority;
    }
}
