package ariadne.task;

/** Stand-in for the task cell's one-shot entry. */
@FunctionalInterface
public interface OneShot<A, R> {
    R run(A arg);
}
