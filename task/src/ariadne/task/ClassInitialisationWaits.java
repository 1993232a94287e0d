package ariadne.task;

import ariadne.runtime.ClassInitialisation;
import ariadne.runtime.InitialisationWaits;
import ariadne.runtime.Monitors;

/**
 * The task system's side of class initialisation ({@link ClassInitialisation}): a task asking for
 * a class another task is initialising blocks here until that initialisation ends. One queue for
 * all classes: initialisations are rare, and a waiter woken for another class just asks again.
 * Flows are task ids; the boot task's id is 0, as the runtime calls the code before tasks existed.
 */
final class ClassInitialisationWaits implements InitialisationWaits {
    private final TaskQueue waiting = new TaskQueue();

    /** Called once, when the task system starts. */
    static void install() {
        ClassInitialisation.install(new ClassInitialisationWaits());
        Monitors.install(new ClassInitialisationWaits()); // its own queue: tasks waiting for any monitor
    }

    @Override
    public long enterCritical() {
        return Critical.enter();
    }

    @Override
    public void exitCritical(long state) {
        Critical.exit(state);
    }

    @Override
    public long currentFlow() {
        return Dispatcher.running().id();
    }

    @Override
    public void await() {
        Dispatcher.blockCurrent(waiting);
    }

    @Override
    public void wakeAll() {
        for (TaskRecord task = waiting.removeFirst(); task != null; task = waiting.removeFirst()) {
            Dispatcher.makeRunnable(task);
        }
    }
}
