package ariadne.demo.sched;

import ariadne.ownership.CellState;
import ariadne.task.Scheduler;
import ariadne.task.Task;
import ariadne.task.TaskRecord;

/** A first-in first-out policy that preempts on every tick, counting the tasks it picks. */
public final class FifoScheduler implements Scheduler {
    @CellState
    private static FifoScheduler installed;

    /** Tasks picked by every policy object of this cell, across versions. */
    @CellState
    private static long picks;

    private TaskRecord[] queue = new TaskRecord[64];
    private int head;
    private int size;

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
        return 1;
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
