package ariadne.task;

/**
 * Round robin within strict priorities: the longest-waiting task of the highest non-empty
 * priority runs next; a running task gives way after {@link #SLICE_TICKS} timer ticks to a
 * runnable task of its own or a higher priority, and at once to a woken task of a higher one.
 */
public final class RoundRobinScheduler implements Scheduler {
    /** Timer ticks a task may run while others of its priority wait. */
    public static final int SLICE_TICKS = 2;

    private final TaskQueue[] levels = new TaskQueue[Task.MAX_PRIORITY + 1];
    /** Bit p is set when {@code levels[p]} is not empty. */
    private int occupied;
    private int ticksInSlice;

    public RoundRobinScheduler() {
        for (int p = 0; p < levels.length; p++) {
            levels[p] = new TaskQueue();
        }
    }

    @Override
    public void add(TaskRecord task) {
        int p = task.priority();
        levels[p].addLast(task);
        occupied |= 1 << p;
    }

    @Override
    public TaskRecord takeNext() {
        if (occupied == 0) {
            return null;
        }
        int p = 31 - Integer.numberOfLeadingZeros(occupied);
        TaskQueue level = levels[p];
        TaskRecord task = level.removeFirst();
        if (level.isEmpty()) {
            occupied &= ~(1 << p);
        }
        ticksInSlice = 0;
        return task;
    }

    @Override
    public void remove(TaskRecord task) {
        int p = task.priority();
        if (levels[p].remove(task) && levels[p].isEmpty()) {
            occupied &= ~(1 << p);
        }
    }

    @Override
    public boolean hasRunnable() {
        return occupied != 0;
    }

    @Override
    public boolean preempts(TaskRecord woken, TaskRecord running) {
        return woken.priority() > running.priority();
    }

    @Override
    public boolean tick(TaskRecord running) {
        ticksInSlice++;
        return ticksInSlice >= SLICE_TICKS && (occupied >>> running.priority()) != 0;
    }
}
