package ariadne.task;

/** The idle task's entry: runs whenever no other task is runnable, and waits for one. */
final class IdleLoop implements OneShot<Object, Object> {
    @Override
    public Object run(Object unused) {
        while (true) {
            long state = Critical.enter();
            Dispatcher.idleRound();
            Critical.exit(state);
        }
    }
}
