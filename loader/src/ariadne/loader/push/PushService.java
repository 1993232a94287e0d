package ariadne.loader.push;

import ariadne.loader.Loader;
import ariadne.loader.Outcome;
import ariadne.task.Task;

/**
 * Serves host pushes: waits for a framed cell object on the push port, swaps the loaded cell it
 * is a new version of ({@link Loader#swap(byte[])}) while the system's tasks keep running, and
 * replies {@code PUSH OK ...} or {@code PUSH REFUSED ...}. Waiting yields, so other tasks run.
 */
public final class PushService {
    private final PushPort port;

    public PushService(PushPort port) {
        this.port = port;
    }

    /** Handles one push, or gives up after {@code millis} ms; the outcome, or null on time-out. */
    public Outcome serveOne(long millis) {
        String lastProblem = null;
        for (long waited = 0; waited < millis; waited++) {
            byte[] cell = port.poll();
            if (cell != null) {
                Outcome outcome = Loader.swap(cell);
                port.reply((outcome.isDone() ? "PUSH OK " : "PUSH REFUSED ") + outcome.message());
                return outcome;
            }
            String problem = port.problem();
            if (problem != null && !problem.equals(lastProblem)) {
                port.reply("PUSH DROPPED " + problem);
                lastProblem = problem;
            }
            Task.sleep(1);
        }
        return null;
    }
}
