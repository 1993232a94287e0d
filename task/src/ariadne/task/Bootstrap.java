package ariadne.task;

import ariadne.magic.Entrypoint;

/**
 * Where every task begins: the first switch to a new stack "returns" into {@link #enter}
 * (see {@link TaskStack#prepareEntry}). It runs the entry once and ends the task with its
 * result or with the exception that escaped it; it never returns.
 */
final class Bootstrap {
    /** The symbol of {@link #enter}, which the task's initial stack returns into. */
    static final String ENTER = "ariadne.task.Bootstrap.enter()V";

    private Bootstrap() {
    }

    // Sound: the entry leaves the task record (its field is cleared) before it runs, so it runs once.
    @SuppressWarnings("ownership:consume.not.unique")
    @Entrypoint
    static void enter() {
        if (Dispatcher.exitedToReap != null) {
            Dispatcher.reapExited();
        }
        TaskRecord self = Dispatcher.running();
        OneShot<Object, Object> entry = self.entry;
        Object argument = self.value;
        self.entry = null;
        self.value = null;
        if (self.startsInterruptible) {
            Critical.exit(Dispatcher.INTERRUPTS_ENABLED);
        }
        Object result = null;
        Throwable failure = null;
        try {
            result = entry.run(argument);
        } catch (Throwable t) {
            failure = t;
        }
        Dispatcher.exitCurrent(failure == null ? TaskState.COMPLETED : TaskState.FAILED, result, failure);
    }
}
