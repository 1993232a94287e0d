package ariadne.task;

/**
 * A lock that belongs to a task while held. The task system keeps each task's held locks in a
 * list through the locks themselves (no allocation), so that when a task ends still holding one
 * (killed, or its entry returned or threw) the lock is told and can release itself:
 * {@link #abandoned}. All methods run inside a {@link Critical} section.
 */
public abstract class OwnedLock {
    private TaskRecord holder;
    private OwnedLock nextHeld;

    /** The task holding this lock, or null. */
    public final TaskRecord holder() {
        return holder;
    }

    /** {@code task} holds this lock from now on. */
    protected final void acquiredBy(TaskRecord task) {
        holder = task;
        nextHeld = task.heldLocks;
        task.heldLocks = this;
    }

    /** Its holder gave this lock up. */
    protected final void released() {
        TaskRecord task = holder;
        holder = null;
        if (task.heldLocks == this) {
            task.heldLocks = nextHeld;
        } else {
            OwnedLock previous = task.heldLocks;
            while (previous.nextHeld != this) {
                previous = previous.nextHeld;
            }
            previous.nextHeld = nextHeld;
        }
        nextHeld = null;
    }

    /**
     * Its holder ended without releasing it; the task system has already cleared {@link #holder}.
     * The lock decides who gets it next. May wake tasks.
     */
    protected abstract void abandoned();

    /** Hands every lock {@code task} still holds to {@link #abandoned}. In a critical section. */
    static void abandonAll(TaskRecord task) {
        OwnedLock lock = task.heldLocks;
        task.heldLocks = null;
        while (lock != null) {
            OwnedLock next = lock.nextHeld;
            lock.holder = null;
            lock.nextHeld = null;
            lock.abandoned();
            lock = next;
        }
    }
}
