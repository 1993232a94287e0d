package ariadne.task;

/**
 * A scheduling policy: which runnable task runs next. The dispatcher calls it only inside a
 * {@link Critical} section, and never hands it the idle task. A new policy is a new cell that
 * implements this interface and is installed with {@link Task#useScheduler}.
 */
public interface Scheduler {
    /** {@code task} became runnable. */
    void add(TaskRecord task);

    /** Removes and returns the task to run next, or null when none is runnable. */
    TaskRecord takeNext();

    /** Removes a runnable {@code task} that must not run any more (it was killed). */
    void remove(TaskRecord task);

    boolean hasRunnable();

    /** Whether {@code woken}, just made runnable, should take the CPU from {@code running} at once. */
    boolean preempts(TaskRecord woken, TaskRecord running);

    /** A timer tick while {@code running} runs; returns whether it should give up the CPU now. */
    boolean tick(TaskRecord running);
}
