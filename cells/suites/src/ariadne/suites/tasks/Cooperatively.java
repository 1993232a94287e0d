package ariadne.suites.tasks;

import ariadne.task.Critical;

/**
 * Runs a case's body with interrupts masked, so that the timer preempts nobody: the tasks it
 * spawns start that way too, and only yields and blocking switch. For cases that check the
 * exact order cooperative scheduling produces.
 */
final class Cooperatively {
    private Cooperatively() {
    }

    static void run(Runnable body) {
        long state = Critical.enter();
        try {
            body.run();
        } finally {
            Critical.exit(state);
        }
    }
}
