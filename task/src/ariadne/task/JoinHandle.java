package ariadne.task;

/**
 * The spawner's side of a task: join it once for its outcome, or detach it, or kill it.
 *
 * @param <R> the type of the entry's result
 */
public final class JoinHandle<R> {
    private final TaskRecord task;

    JoinHandle(TaskRecord task) {
        this.task = task;
    }

    public TaskRecord task() {
        return task;
    }

    /** Whether the task has exited (completed, failed or killed). */
    public boolean isFinished() {
        return task.hasExited();
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
        Dispatcher.join(task);
        Object result = task.result;
        Throwable failure = task.failure;
        task.result = null;
        task.failure = null;
        if (task.state == TaskState.FAILED) {
            throw new TaskFailedException(task.toString(), failure);
        }
        if (task.state == TaskState.KILLED) {
            throw new TaskKilledException(task.toString());
        }
        return (R) result;
    }

    /** Gives up joining: the task runs on and its record goes when it exits. */
    public void detach() {
        Dispatcher.detach(task);
    }

    /**
     * Ends the task wherever it is (runnable, blocked, sleeping, or the caller itself); it runs
     * no more of its code. Returns false if it had already exited.
     */
    public boolean kill() {
        return Dispatcher.kill(task);
    }
}
