package ariadne.suites.tasks;

import ariadne.suites.Check;
import ariadne.task.TaskSystem;

/** The task system's counters at one moment, to check that a case gave back what it took. */
final class Counters {
    private final int liveRecords = TaskSystem.liveRecords();
    private final int stacksInUse = TaskSystem.stacksInUse();

    int liveRecords() {
        return liveRecords;
    }

    int stacksInUse() {
        return stacksInUse;
    }

    void checkBackToBaseline() {
        Check.equal(liveRecords, TaskSystem.liveRecords(), "live task records");
        Check.equal(stacksInUse, TaskSystem.stacksInUse(), "stacks in use");
    }
}
