package ariadne.task;

/**
 * A FIFO of tasks linked through the tasks themselves, so that queueing never allocates. A
 * task is in at most one queue. Adding and taking the first are O(1); removing another task
 * (only when it is killed) walks the queue. Scheduling policies in other cells build their run
 * queues from these.
 */
public final class TaskQueue {
    /** Read directly, and changed, only here and on the default policy's hot paths (RoundRobinScheduler). */
    TaskRecord first;
    TaskRecord last;
    int size;

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
        if (task.queue != null) {
            throw new IllegalStateException(task + " is already queued");
        }
        task.queue = this;
        TaskRecord previous = last;
        if (previous == null) {
            first = task;
        } else {
            previous.queueNext = task;
        }
        last = task;
        size++;
    }

    /** Removes and returns the task at the front, or null if the queue is empty. */
    public TaskRecord removeFirst() {
        TaskRecord task = first;
        if (task != null) {
            TaskRecord next = task.queueNext;
            first = next;
            if (next == null) {
                last = null;
            }
            task.queueNext = null;
            task.queue = null;
            size--;
        }
        return task;
    }

    /** Removes {@code task} if it is in this queue; returns whether it was. */
    public boolean remove(TaskRecord task) {
        if (task.queue != this) {
            return false;
        }
        if (task == first) {
            removeFirst();
            return true;
        }
        TaskRecord previous = first;
        while (previous.queueNext != task) {
            previous = previous.queueNext;
        }
        previous.queueNext = task.queueNext;
        if (last == task) {
            last = previous;
        }
        task.queueNext = null;
        task.queue = null;
        size--;
        return true;
    }

    /** Inserts {@code task} after {@code position} (a task of this queue), or first if null. */
    void insertAfter(TaskRecord position, TaskRecord task) {
        if (position == last) { // also the empty queue
            addLast(task);
            return;
        }
        if (task.queue != null) {
            throw new IllegalStateException(task + " is already queued");
        }
        task.queue = this;
        if (position == null) {
            task.queueNext = first;
            first = task;
        } else {
            task.queueNext = position.queueNext;
            position.queueNext = task;
        }
        size++;
    }
}
