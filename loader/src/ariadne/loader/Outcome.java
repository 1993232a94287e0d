package ariadne.loader;

import ariadne.ownership.Immutable;

/** What an unload or a swap did, or why it changed nothing. */
@Immutable
public final class Outcome {
    private final boolean done;
    private final String message;

    private Outcome(boolean done, String message) {
        this.done = done;
        this.message = message;
    }

    static Outcome done(String what) {
        return new Outcome(true, what);
    }

    static Outcome refused(String why) {
        return new Outcome(false, why);
    }

    public boolean isDone() {
        return done;
    }

    /** What was done, or why nothing was. */
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return (done ? "done: " : "refused: ") + message;
    }
}
