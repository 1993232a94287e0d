package ariadne.demo.sched;

import ariadne.loader.OldState;
import ariadne.ownership.CellState;
import ariadne.task.Scheduler;
import ariadne.task.Task;
import ariadne.task.TaskRecord;

/**
 * Version 2 of the FIFO policy: the same scheduling, a new version number. Its state (the
 * installed policy object, of version 1's type) cannot be carried byte for byte, so
 * {@link #migrateFrom} carries the pick count and installs a new policy object, to which the
 * dispatcher moves the runnable tasks.
 */
public final class FifoScheduler implements Scheduler {
    @CellState
    private static FifoScheduler installed;

    /** Tasks picked by every policy object of this cell, across versions. */
    @CellState
    private static long picks;

    private TaskRecord[] queue = new TaskRecord[64];
    private int head;
    private int size;

    /** Replaces version 1's installed policy by one of this version. */
    // Sound: as in install, the dispatcher calls the policy only inside its critical section and
    // this cell never uses `installed` again.
    @SuppressWarnings("ownership:cell.boundary.shared")
    public static void migrateFrom(OldState old) {
        picks = old.readLong("ariadne.demo.sched.FifoScheduler.picks");
        FifoScheduler replacement = new FifoScheduler();
        installed = replacement;
        Task.useScheduler(replacement);
    }

    /** Makes a FIFO policy the system's scheduler. */
    // Sound: the dispatcher calls the policy only inside its critical section; this cell never
    // uses `installed` again, it is kept only as the state a swap inspects.
    @SuppressWarnings("ownership:cell.state.escape")
    public static void install() {
        installed = new FifoScheduler();
        Task.useScheduler(installed);
    }

    /** Tasks the installed policy has picked so far. */
    public static long picks() {
        return picks;
    }

    /** This version's number, so a test can see which one schedules. */
    public static long version() {
        return 2;
    }

    @Override
    public void add(TaskRecord task) {
        if (size == queue.length) {
            TaskRecord[] larger = new TaskRecord[size * 2];
            for (int i = 0; i < size; i++) {
                larger[i] = queue[(head + i) % queue.length];
            }
            queue = larger;
            head = 0;
        }
        queue[(head + size) % queue.length] = task;
        size++;
    }

    @Override
    public TaskRecord takeNext() {
        if (size == 0) {
            return null;
        }
        TaskRecord next = queue[head];
        queue[head] = null;
        head = (head + 1) % queue.length;
        size--;
        picks++;
        return next;
    }

    @Override
    public void remove(TaskRecord task) {
        for (int i = 0; i < size; i++) {
            if (queue[(head + i) % queue.length] == task) {
                for (int j = i; j < size - 1; j++) {
                    queue[(head + j) % queue.length] = queue[(head + j + 1) % queue.length];
                }
                size--;
                queue[(head + size) % queue.length] = null;
                return;
            }
        }
    }

    @Override
    public boolean hasRunnable() {
        return size > 0;
    }

    @Override
    public boolean preempts(TaskRecord woken, TaskRecord running) {
        return false;
    }

    /** Gives up the CPU on every tick: the most preemption a policy can ask for. */
    @Override
    public boolean tick(TaskRecord running) {
        return true;
    }
}
