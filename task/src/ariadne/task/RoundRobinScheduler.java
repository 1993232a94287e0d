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

    /** Package-private, like the next two: Dispatcher.yieldCurrent rotates a level in place. */
    final TaskQueue[] levels = new TaskQueue[Task.MAX_PRIORITY + 1];
    /** No level above this one holds a task (most tasks share one level, so a scan is short). */
    int highest;
    private int runnable;
    int ticksInSlice;
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
        TaskQueue level = levels[p];
        if (task.queue != null) {
            throw new IllegalStateException(task + " is already queued");
        }
        task.queue = level; // TaskQueue.addLast, inline: the switch paths' cost is in calls
        TaskRecord previous = level.last;
        if (previous == null) {
            level.first = task;
        } else {
            previous.queueNext = task;
        }
        level.last = task;
        level.size++;
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
        TaskQueue level = all[p];
        while (level.first == null) {
            p--;
            level = all[p];
        }
        highest = p;
        runnable--;
        ticksInSlice = 0;
        TaskRecord task = level.first; // TaskQueue.removeFirst, inline
        TaskRecord next = task.queueNext;
        level.first = next;
        if (next == null) {
            level.last = null;
        }
        level.size--;
        task.queueNext = null;
        task.queue = null;
        return task;
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
