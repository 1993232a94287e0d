package java.lang;

/**
 * The root of everything that can be thrown. No stack trace yet: it arrives with the unwinder,
 * so {@code fillInStackTrace} only returns {@code this}.
 */
public class Throwable implements java.io.Serializable {

    private static final Throwable[] NO_SUPPRESSED = new Throwable[0];

    private final String detailMessage;
    /** {@code this} while the cause has not been set (as in the JDK), so initCause works once. */
    private Throwable cause = this;
    private Throwable[] suppressed = NO_SUPPRESSED;

    public Throwable() {
        detailMessage = null;
    }

    public Throwable(String message) {
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression,
            boolean writableStackTrace) {
        detailMessage = message;
        this.cause = cause;
        if (!enableSuppression) {
            suppressed = null;
        }
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public Throwable getCause() {
        return cause == this ? null : cause;
    }

    public Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException("Can't overwrite cause with ".concat(
                    String.valueOf(cause)), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    public Throwable fillInStackTrace() {
        return this;
    }

    public final void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (suppressed == null) {
            return;
        }
        Throwable[] grown = new Throwable[suppressed.length + 1];
        System.arraycopy(suppressed, 0, grown, 0, suppressed.length);
        grown[suppressed.length] = exception;
        suppressed = grown;
    }

    public final Throwable[] getSuppressed() {
        if (suppressed == null || suppressed.length == 0) {
            return NO_SUPPRESSED;
        }
        Throwable[] copy = new Throwable[suppressed.length];
        System.arraycopy(suppressed, 0, copy, 0, suppressed.length);
        return copy;
    }

    /**
     * Prints this throwable and its causes on System.err the way the JDK starts its trace.
     * Frames ("\tat ...") are missing until the unwinder can walk the stack.
     */
    public void printStackTrace() {
        System.err.println(this);
        Throwable seen = this;
        for (Throwable cause = getCause(); cause != null && cause != seen; cause = cause.getCause()) {
            System.err.print("Caused by: ");
            System.err.println(cause);
            seen = cause;
        }
    }

    public String toString() {
        String name = getClass().getName();
        String message = getLocalizedMessage();
        return message == null ? name : name.concat(": ").concat(message);
    }
}
