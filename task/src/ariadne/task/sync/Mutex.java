package ariadne.task.sync;

import ariadne.task.Critical;
import ariadne.task.Task;
import ariadne.task.TaskRecord;
import ariadne.task.WaitQueue;

/** A blocking, non-reentrant lock that knows its owner; waiters are served in arrival order. */
public final class Mutex {
    private final WaitQueue waiters = new WaitQueue();
    private TaskRecord owner;

    /** Blocks until the running task owns the lock. */
    public void lock() {
        long state = Critical.enter();
        TaskRecord self = Task.current();
        if (owner == self) {
            Critical.exit(state);
            throw new IllegalStateException(self + " already holds this mutex");
        }
        while (owner != null) {
            waiters.await();
        }
        owner = self;
        Critical.exit(state);
    }

    /** Takes the lock if it is free; returns whether it did. */
    public boolean tryLock() {
        long state = Critical.enter();
        boolean free = owner == null;
        if (free) {
            owner = Task.current();
        }
        Critical.exit(state);
        return free;
    }

    /** Releases the lock, which the running task must own, and wakes the longest waiter. */
    public void unlock() {
        long state = Critical.enter();
        if (owner != Task.current()) {
            Critical.exit(state);
            throw new IllegalMonitorStateException(Task.current() + " does not hold this mutex");
        }
        owner = null;
        waiters.wakeOne();
        Critical.exit(state);
    }

    /** The owning task, or null. */
    public TaskRecord owner() {
        return owner;
    }
}
