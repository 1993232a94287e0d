package ariadne.runtime;

import ariadne.base.Machine;
import ariadne.base.ObjectLayout;
import ariadne.base.TypeCheck;
import ariadne.magic.Address;
import ariadne.magic.Entrypoint;
import ariadne.ownership.CellState;
import ariadne.runtime.unwind.Unwinder;

/**
 * The exceptions compiled code raises for failed checks, with HotSpot's messages, and
 * {@link #raise}, which every {@code athrow} calls.
 */
public final class Throws {

    /** Set while an exception is being reported, to catch failures inside the report. */
    @CellState
    private static boolean reporting;

    private Throws() {
    }

    @Entrypoint
    public static void nullPointer() {
        throw new NullPointerException();
    }

    @Entrypoint
    public static void arrayIndex(int index, int length) {
        throw new ArrayIndexOutOfBoundsException(new StringBuilder("Index ").append(index)
                .append(" out of bounds for length ").append(length).toString());
    }

    @Entrypoint
    public static void divideByZero() {
        throw new ArithmeticException("/ by zero");
    }

    @Entrypoint
    public static void negativeArraySize(int length) {
        throw new NegativeArraySizeException(Integer.toString(length));
    }

    @Entrypoint
    public static void classCast(Object object, Address target) {
        throw new ClassCastException(CastMessage.of(TypeCheck.nameOf(ObjectLayout.typeOf(object)),
                TypeCheck.nameOf(target)));
    }

    /** The store of {@code value} into an array whose element type it does not match. */
    @Entrypoint
    public static void arrayStore(Object value) {
        throw new ArrayStoreException(TypeCheck.nameOf(ObjectLayout.typeOf(value)));
    }

    /**
     * Throws {@code exception}: resumes at the handler that catches it in an older frame. An
     * exception nobody catches is reported as HotSpot reports one uncaught in the main thread, on
     * System.err, and QEMU exits with status 1 (HotSpot's status after an uncaught exception).
     * Tasks catch everything in their bootstrap, so only the program's main thread gets here.
     */
    @Entrypoint
    public static void raise(Throwable exception) {
        if (exception == null) {
            exception = new NullPointerException();
        }
        Unwinder.unwind(exception);
        if (reporting) {
            Fatal.stop("exception while reporting an exception: ",
                    TypeCheck.nameOf(ObjectLayout.typeOf(exception)));
        }
        reporting = true;
        System.err.print("Exception in thread \"main\" ");
        exception.printStackTrace();
        Machine.exitQemu(1);
    }
}
