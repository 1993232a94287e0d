package ariadne.task.sync;

import ariadne.ownership.ThreadSafe;
import ariadne.task.Critical;
import ariadne.task.OwnedLock;
import ariadne.task.Task;
import ariadne.task.TaskRecord;
import ariadne.task.WaitQueue;

/**
 * A blocking, non-reentrant lock that knows its owner; waiters are served in arrival order.
 *
 * <p>A robust mutex: when its owner ends while holding it (killed, or its entry returned or
 * threw), the mutex is not left held for ever. It is marked abandoned and goes to the longest
 * waiter (or the next locker), which finds {@link #wasAbandoned} true: what the mutex guards may
 * be half-updated, and the new owner should repair or check it. Its {@link #unlock} clears the
 * mark (as POSIX's {@code EOWNERDEAD} followed by {@code pthread_mutex_consistent}).
 */
@ThreadSafe
public final class Mutex extends OwnedLock {
    private final WaitQueue waiters = new WaitQueue();
    private boolean abandoned;

    /** Blocks until the running task owns the lock. */
    public void lock() {
        long state = Critical.enter();
        TaskRecord self = Task.current();
        if (holder() == self) {
            Critical.exit(state);
            throw new IllegalStateException(self + " already holds this mutex");
        }
        while (holder() != null) {
            waiters.await();
        }
        acquiredBy(self);
        Critical.exit(state);
    }

    /** Takes the lock if it is free; returns whether it did. */
    public boolean tryLock() {
        long state = Critical.enter();
        boolean free = holder() == null;
        if (free) {
            acquiredBy(Task.current());
        }
        Critical.exit(state);
        return free;
    }

    /** Releases the lock, which the running task must own, and wakes the longest waiter. */
    public void unlock() {
        long state = Critical.enter();
        if (holder() != Task.current()) {
            Critical.exit(state);
            throw new IllegalMonitorStateException(Task.current() + " does not hold this mutex");
        }
        released();
        abandoned = false;
        waiters.wakeOne();
        Critical.exit(state);
    }

    /** The owning task, or null. */
    public TaskRecord owner() {
        return holder();
    }

    /**
     * Whether a previous owner ended while holding this mutex and no owner has unlocked it since:
     * the state it guards may be inconsistent.
     */
    public boolean wasAbandoned() {
        return abandoned;
    }

    @Override
    protected void abandoned() {
        abandoned = true;
        waiters.wakeOne();
    }
}
