package ariadne.task;

/** Thrown by {@link JoinHandle#join} when the task's entry threw; the cause is what it threw. */
public final class TaskFailedException extends RuntimeException {
    public TaskFailedException(String task, Throwable cause) {
        super(task + " failed: " + cause, cause);
    }
}
