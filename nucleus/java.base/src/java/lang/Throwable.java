package java.lang;

import ariadne.runtime.unwind.StackTraces;
import java.io.PrintStream;
import java.util.ArrayList;

/**
 * The root of everything that can be thrown. Constructors record the stack (return addresses,
 * {@link #fillInStackTrace}); the frames are named only when a trace is printed or asked for.
 */
public class Throwable implements java.io.Serializable {

    private static final Throwable[] NO_SUPPRESSED = new Throwable[0];
    private static final StackTraceElement[] NO_FRAMES = new StackTraceElement[0];

    private final String detailMessage;
    /** {@code this} while the cause has not been set (as in the JDK), so initCause works once. */
    private Throwable cause = this;
    private Throwable[] suppressed = NO_SUPPRESSED;
    /** Code addresses of the frames when the stack was recorded, innermost first. */
    private long[] backtrace;
    /** The named frames: built from {@link #backtrace} on first use, or set by {@link #setStackTrace}. */
    private StackTraceElement[] stackTrace;

    public Throwable() {
        detailMessage = null;
        fillInStackTrace();
    }

    public Throwable(String message) {
        detailMessage = message;
        fillInStackTrace();
    }

    public Throwable(String message, Throwable cause) {
        detailMessage = message;
        this.cause = cause;
        fillInStackTrace();
    }

    public Throwable(Throwable cause) {
        detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
        fillInStackTrace();
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression,
            boolean writableStackTrace) {
        detailMessage = message;
        this.cause = cause;
        if (!enableSuppression) {
            suppressed = null;
        }
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            stackTrace = NO_FRAMES;
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
        backtrace = StackTraces.capture(this);
        stackTrace = null;
        return this;
    }

    public StackTraceElement[] getStackTrace() {
        return ourStackTrace().clone();
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] copy = stackTrace.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
        }
        this.stackTrace = copy;
    }

    private StackTraceElement[] ourStackTrace() {
        if (stackTrace == null) {
            stackTrace = backtrace == null ? NO_FRAMES : StackTraces.elements(backtrace);
        }
        return stackTrace;
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

    /** Prints this throwable and its frames, then its suppressed exceptions and causes, on System.err. */
    public void printStackTrace() {
        printStackTrace(System.err);
    }

    /** HotSpot's format: a cause's frames shared with the enclosing trace are counted as "... n more". */
    public void printStackTrace(PrintStream s) {
        ArrayList<Throwable> printed = new ArrayList<>();
        printed.add(this);
        s.println(this);
        StackTraceElement[] trace = ourStackTrace();
        for (StackTraceElement element : trace) {
            s.println("\tat " + element);
        }
        printRelated(s, trace, "", printed);
    }

    private void printRelated(PrintStream s, StackTraceElement[] trace, String prefix, ArrayList<Throwable> printed) {
        for (Throwable other : getSuppressed()) {
            other.printEnclosed(s, trace, "Suppressed: ", prefix + "\t", printed);
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            ourCause.printEnclosed(s, trace, "Caused by: ", prefix, printed);
        }
    }

    private void printEnclosed(PrintStream s, StackTraceElement[] enclosingTrace, String caption, String prefix,
            ArrayList<Throwable> printed) {
        for (Throwable seen : printed) {
            if (seen == this) {
                s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
                return;
            }
        }
        printed.add(this);
        StackTraceElement[] trace = ourStackTrace();
        int ours = trace.length - 1;
        int theirs = enclosingTrace.length - 1;
        while (ours >= 0 && theirs >= 0 && trace[ours].equals(enclosingTrace[theirs])) {
            ours--;
            theirs--;
        }
        int inCommon = trace.length - 1 - ours;
        s.println(prefix + caption + this);
        for (int i = 0; i <= ours; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (inCommon != 0) {
            s.println(prefix + "\t... " + inCommon + " more");
        }
        printRelated(s, trace, prefix, printed);
    }

    public String toString() {
        String name = getClass().getName();
        String message = getLocalizedMessage();
        return message == null ? name : name.concat(": ").concat(message);
    }
}
