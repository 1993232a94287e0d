package ariadne.loader.elf;

/**
 * Why a cell was refused: the first problem found wins. The loader reports with values, not
 * exceptions, so a bad cell is refused the same way whether or not the caller can catch.
 */
public final class Rejection {
    private String reason;

    /** Records {@code why} unless a reason is already known; always returns false, for {@code return reject(...)}. */
    public boolean reject(String why) {
        if (reason == null) {
            reason = why;
        }
        return false;
    }

    public boolean isRejected() {
        return reason != null;
    }

    /** The first problem found, or null. */
    public String reason() {
        return reason;
    }
}
