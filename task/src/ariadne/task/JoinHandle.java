package ariadne.task;

/**
 * The spawner's side of a task, and its record: join it once for its outcome, or detach it,
 * or kill it.
 *
 * @param <R> the type of the entry's result
 */
public final class JoinHandle<R> extends TaskRecord {
    JoinHandle(long id, String name, int priority, int pinnedCpu) {
        super(id, name, priority, pinnedCpu);
    }

    /** Whether the task has exited (completed, failed or killed). */
    public boolean isFinished() {
        return hasExited();
    }

    /**
     * Waits for the task to exit and returns its entry's result. Once only.
     *
     * @throws TaskFailedException if the entry threw; its cause is that very exception
     * @throws TaskKilledException if the task was killed
     * @throws IllegalStateException if the task was already joined or detached, or is the caller
     */
    @SuppressWarnings("unchecked")
    public R join() {
        Dispatcher.join(this);
        Object outcome = value;
        Throwable failure = this.failure;
        value = null;
        this.failure = null;
        if (state == TaskState.FAILED) {
            throw new TaskFailedException(toString(), failure);
        }
        if (state == TaskState.KILLED) {
            throw new TaskKilledException(toString());
        }
        return (R) outcome;
    }

    /** Gives up joining: the task runs on and its record goes when it exits. */
    public void detach() {
        Dispatcher.detach(this);
    }

    /**
     * Ends the task wherever it is (runnable, blocked, sleeping, or the caller itself); it runs
     * no more of its code. Returns false if it had already exited.
     */
    public boolean kill() {
        return Dispatcher.kill(this);
    }
}
