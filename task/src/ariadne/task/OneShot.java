package ariadne.task;

/**
 * A task's entry: runs at most once, on the task's own stack, with the argument handed over
 * at spawn. Spawning the same entry object twice is refused (and the ownership checker refuses
 * it at compile time).
 *
 * @param <A> the argument's type
 * @param <R> the result's type
 */
@FunctionalInterface
public interface OneShot<A, R> {
    R run(A arg);
}
