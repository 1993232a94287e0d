package ariadne.task;

import ariadne.ownership.ThreadSafe;

/**
 * Everything the system keeps about one task. Read-only to other cells; the task cell changes
 * it only inside a {@link Critical} section. A spawned task's record is its {@link JoinHandle}
 * (one object per spawn, not two), kept within 128 bytes: every spawn allocates and zeroes one.
 */
@ThreadSafe
public class TaskRecord {
    private final long id;
    private final String name;
    final int priority;
    private final int pinnedCpu;

    int state = TaskState.INITIALISING;
    /** The entry, until the task starts (then dropped). */
    OneShot<Object, Object> entry;
    /** The argument until the entry runs, then its result until the joiner takes it. */
    Object value;
    /** What the entry threw, until the joiner takes it. */
    Throwable failure;
    TaskStack stack;
    /** Whether the entry starts with interrupts enabled (as its spawner ran). */
    boolean startsInterruptible;
    /** Whether its handle was joined or detached: then no one else will ask for the result. */
    boolean handleReleased;
    /** The task blocked in joining this one, and the task this one joins. */
    TaskRecord joiner;
    TaskRecord joining;
    /** The queue this task waits in (run queue, wait queue, sleepers), and the next task there. */
    TaskQueue queue;
    TaskRecord queueNext;
    /** The locks this task holds, most recent first (see {@link OwnedLock}). */
    OwnedLock heldLocks;
    /** Time-stamp-counter value a sleeping task wakes at. */
    long wakeAt;

    TaskRecord(long id, String name, int priority, int pinnedCpu) {
        this.id = id;
        this.name = name;
        this.priority = priority;
        this.pinnedCpu = pinnedCpu;
    }

    public long id() {
        return id;
    }

    /** The name given at spawn, or {@code task-<id>}. */
    public String name() {
        return name != null ? name : "task-" + id;
    }

    public int priority() {
        return priority;
    }

    /** The CPU this task may run on, or -1 for any. */
    public int pinnedCpu() {
        return pinnedCpu;
    }

    /** One of the {@link TaskState} constants. */
    public int state() {
        return state;
    }

    public boolean hasExited() {
        return TaskState.hasExited(state);
    }

    @Override
    public String toString() {
        return "task " + id + " (" + name() + ", " + TaskState.name(state) + ")";
    }
}
