package ariadne.task;

/** Thrown by {@link JoinHandle#join} when the task was killed before its entry returned. */
public final class TaskKilledException extends RuntimeException {
    public TaskKilledException(String task) {
        super(task + " was killed");
    }
}
