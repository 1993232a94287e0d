package ariadne.runtime;

import ariadne.base.TypeCheck;
import ariadne.magic.Address;
import ariadne.magic.Entrypoint;
import ariadne.ownership.CellState;

/**
 * JLS 12.4.2 steps 5, 7 and 10-12 for the compiler's class-initialisation guards
 * ({@code ariadne.compiler.template.InitializerGuard}): what a failed initialisation throws, and
 * the NoClassDefFoundError every later use of that class throws, with HotSpot's message and cause.
 */
public final class InitializerFailures {

    /** Classes whose initialisation failed, newest first, each with what it threw. */
    @CellState
    private static Failure failures;

    private InitializerFailures() {
    }

    /**
     * The class with descriptor {@code type} could not be initialised because {@code thrown} was
     * thrown: remembers it and returns what to throw instead, an Error as it is, anything else
     * wrapped in ExceptionInInitializerError.
     */
    @Entrypoint
    public static Throwable failed(Address type, Throwable thrown) {
        failures = new Failure(type.toLong(), thrown, failures);
        return thrown instanceof Error ? thrown : new ExceptionInInitializerError(thrown);
    }

    /** A use of a class whose initialisation failed before (its state byte says erroneous). */
    @Entrypoint
    public static void erroneous(Address type) {
        NoClassDefFoundError error = new NoClassDefFoundError("Could not initialize class " + TypeCheck.nameOf(type));
        Throwable original = thrownBy(type.toLong());
        if (original != null) {
            // HotSpot's record of the first failure; the thread is named as HotSpot names the one running main.
            String message = original.getMessage();
            ExceptionInInitializerError cause = new ExceptionInInitializerError("Exception "
                    + original.getClass().getName() + (message == null ? "" : ": " + message) + " [in thread \"main\"]");
            cause.setStackTrace(original.getStackTrace());
            error.initCause(cause);
        }
        throw error;
    }

    private static Throwable thrownBy(long type) {
        for (Failure f = failures; f != null; f = f.next) {
            if (f.type == type) {
                return f.thrown;
            }
        }
        return null;
    }

    private static final class Failure {
        final long type;
        final Throwable thrown;
        final Failure next;

        Failure(long type, Throwable thrown, Failure next) {
            this.type = type;
            this.thrown = thrown;
            this.next = next;
        }
    }
}
