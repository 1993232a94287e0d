package ariadne.task;

/**
 * Everything the system keeps about one task. Read-only to other cells; the task cell changes
 * it only inside a {@link Critical} section.
 */
public final class TaskRecord {
    private final long id;
    private final String name;
    private final int priority;
    private final int pinnedCpu;

    int state = TaskState.INITIALISING;
    /** The entry and its argument, until the task starts (then dropped). */
    OneShot<Object, Object> entry;
    Object argument;
    /** What the entry returned or threw, until the joiner takes it. */
    Object result;
    Throwable failure;
    TaskStack stack;
    /** The interrupt state the entry starts with: the spawner's. */
    long initialInterruptState;
    /** The task blocked in joining this one, and the task this one joins. */
    TaskRecord joiner;
    TaskRecord joining;
    /** Whether its handle was joined or detached: then no one else will ask for the result. */
    boolean handleReleased;
    /** The queue this task waits in (run queue, wait queue, sleepers), and its neighbours there. */
    TaskQueue queue;
    TaskRecord queueNext;
    TaskRecord queuePrevious;
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
