package ariadne.task;

import ariadne.ownership.ThreadSafe;

/**
 * Tasks blocked until someone wakes them, first come first woken. Test the condition and
 * {@link #await} inside one {@link Critical} section, so that no wake-up falls between them:
 * <pre>
 *   long state = Critical.enter();
 *   while (!condition) queue.await();
 *   Critical.exit(state);
 * </pre>
 */
@ThreadSafe
public final class WaitQueue {
    private final TaskQueue waiting = new TaskQueue();

    /** Blocks the running task until it is woken. In a critical section. */
    public void await() {
        Dispatcher.blockCurrent(waiting);
    }

    /** Wakes the longest-waiting task; false if none waits. */
    public boolean wakeOne() {
        long state = Critical.enter();
        TaskRecord task = waiting.removeFirst();
        if (task != null) {
            Dispatcher.wake(task);
        }
        Critical.exit(state);
        return task != null;
    }

    /** Wakes every waiting task; returns how many. */
    public int wakeAll() {
        long state = Critical.enter();
        int woken = 0;
        for (TaskRecord task = waiting.removeFirst(); task != null; task = waiting.removeFirst()) {
            Dispatcher.wake(task);
            woken++;
        }
        Critical.exit(state);
        return woken;
    }

    public boolean isEmpty() {
        return waiting.isEmpty();
    }

    public int size() {
        return waiting.size();
    }
}
