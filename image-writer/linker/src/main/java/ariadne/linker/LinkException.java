package ariadne.linker;

import java.util.List;

/** The inputs cannot be linked; the message lists every problem found, one per line. */
public final class LinkException extends RuntimeException {
    public LinkException(String message) {
        super(message);
    }

    /** Throws one exception listing all {@code problems}, if there are any. */
    static void throwIfAny(String summary, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new LinkException(summary + ":\n  " + String.join("\n  ", problems));
        }
    }
}
