package ariadne.task;

/**
 * A FIFO of tasks linked through the tasks themselves, so that queueing never allocates and a
 * task leaves any queue in O(1) (e.g. when it is killed). A task is in at most one queue.
 * Scheduling policies in other cells build their run queues from these.
 */
public final class TaskQueue {
    private TaskRecord first;
    private TaskRecord last;
    private int size;

    public boolean isEmpty() {
        return first == null;
    }

    public int size() {
        return size;
    }

    /** The task at the front, or null. */
    public TaskRecord first() {
        return first;
    }

    public void addLast(TaskRecord task) {
        insertBefore(null, task);
    }

    /** Removes and returns the task at the front, or null if the queue is empty. */
    public TaskRecord removeFirst() {
        TaskRecord task = first;
        if (task != null) {
            unlink(task);
        }
        return task;
    }

    /** Removes {@code task} if it is in this queue; returns whether it was. */
    public boolean remove(TaskRecord task) {
        if (task.queue != this) {
            return false;
        }
        unlink(task);
        return true;
    }

    /** Inserts {@code task} before {@code position} (a task of this queue), or last if null. */
    void insertBefore(TaskRecord position, TaskRecord task) {
        if (task.queue != null) {
            throw new IllegalStateException(task + " is already queued");
        }
        TaskRecord previous = position == null ? last : position.queuePrevious;
        task.queuePrevious = previous;
        task.queueNext = position;
        if (previous == null) {
            first = task;
        } else {
            previous.queueNext = task;
        }
        if (position == null) {
            last = task;
        } else {
            position.queuePrevious = task;
        }
        task.queue = this;
        size++;
    }

    private void unlink(TaskRecord task) {
        TaskRecord previous = task.queuePrevious;
        TaskRecord next = task.queueNext;
        if (previous == null) {
            first = next;
        } else {
            previous.queueNext = next;
        }
        if (next == null) {
            last = previous;
        } else {
            next.queuePrevious = previous;
        }
        task.queue = null;
        task.queueNext = null;
        task.queuePrevious = null;
        size--;
    }
}
