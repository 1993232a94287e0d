package ariadne.demo.client;

import ariadne.demo.counter.Counter;

/** Uses the counter cell the way a long-running task does: one report per tick. */
public final class Client {
    private Client() {
    }

    /** Advances the counter and returns its report. */
    public static String tick() {
        return Counter.describe(Counter.next());
    }
}
