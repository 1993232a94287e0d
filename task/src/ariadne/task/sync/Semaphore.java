package ariadne.task.sync;

import ariadne.ownership.ThreadSafe;
import ariadne.task.Critical;
import ariadne.task.WaitQueue;

/** A counting semaphore: {@link #acquire} blocks while no permit is left. */
@ThreadSafe
public final class Semaphore {
    private final WaitQueue waiters = new WaitQueue();
    private int permits;

    public Semaphore(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException("negative permits: " + permits);
        }
        this.permits = permits;
    }

    public void acquire() {
        long state = Critical.enter();
        while (permits == 0) {
            waiters.await();
        }
        permits--;
        Critical.exit(state);
    }

    public void release() {
        long state = Critical.enter();
        permits++;
        waiters.wakeOne();
        Critical.exit(state);
    }

    public int availablePermits() {
        return permits;
    }

    /** Tasks blocked in {@link #acquire}. */
    public int waiting() {
        return waiters.size();
    }
}
