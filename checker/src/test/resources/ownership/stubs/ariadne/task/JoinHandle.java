package ariadne.task;

/** Stand-in for the task cell's join handle. */
public final class JoinHandle<R> {
    private R result;

    public R join() {
        return result;
    }
}
