package ariadne.task;

import ariadne.ownership.CellState;

/** Sleeping tasks, earliest wake-up first. Changed only inside a {@link Critical} section. */
final class Sleepers {
    /** Created by {@link #start}; read directly by the dispatcher's switch paths. */
    @CellState
    static TaskQueue queue;

    private Sleepers() {
    }

    static void start() {
        queue = new TaskQueue();
    }

    static void add(TaskRecord task, long wakeAt) {
        task.wakeAt = wakeAt;
        TaskRecord earlier = null;
        for (TaskRecord t = queue.first(); t != null && t.wakeAt <= wakeAt; t = t.queueNext) {
            earlier = t;
        }
        queue.insertAfter(earlier, task);
    }

    static boolean isEmpty() {
        return queue.first == null;
    }

    /** The earliest wake-up time; only when not {@link #isEmpty}. */
    static long nextWakeAt() {
        return queue.first().wakeAt;
    }

    /** Makes every task whose time has come runnable. */
    static void wakeDue(long now) {
        while (!isEmpty() && queue.first().wakeAt <= now) {
            Dispatcher.makeRunnable(queue.removeFirst());
        }
    }
}
