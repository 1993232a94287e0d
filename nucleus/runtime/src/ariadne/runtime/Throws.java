package ariadne.runtime;

import ariadne.base.Machine;
import ariadne.base.ObjectLayout;
import ariadne.base.TypeCheck;
import ariadne.magic.Address;
import ariadne.magic.Entrypoint;

/**
 * The exceptions compiled code raises for failed checks, with HotSpot's messages, and
 * {@link #raise}, which every {@code athrow} calls.
 */
public final class Throws {

    /** Set while an exception is being reported, to catch failures inside the report. */
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

    /**
     * Throws {@code exception}. Until the unwinder exists nothing can catch it, so this reports
     * it as HotSpot reports an uncaught exception in the main thread, on System.err, and exits
     * QEMU with status 1 (HotSpot's status after an uncaught exception).
     */
    @Entrypoint
    public static void raise(Throwable exception) {
        if (exception == null) {
            exception = new NullPointerException();
        }
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
