package ariadne.runtime.unwind;

import ariadne.base.ObjectLayout;
import ariadne.base.TypeCheck;
import ariadne.base.TypeLayout;
import ariadne.magic.Address;

/**
 * Stack traces for {@code java.lang.Throwable}: {@link #capture} records the return addresses of
 * the frames that lead to a new throwable, {@link #elements} names them. As HotSpot does, a trace
 * starts at the code that created the throwable: frames of {@code fillInStackTrace}, of the
 * constructors of the throwable's own class and superclasses, and of the runtime's throw helpers
 * (a failed check or a hardware fault) are left out.
 */
public final class StackTraces {
    /** HotSpot's default MaxJavaStackTraceDepth. */
    private static final int MAX_DEPTH = 1024;

    private StackTraces() {
    }

    /** The code addresses (each inside its call instruction) of the frames below the creation of {@code throwable}. */
    public static long[] capture(Throwable throwable) {
        Address first = firstFrameOfInterest(Frames.callerFrame(), ObjectLayout.typeOf(throwable));
        int depth = 0;
        for (Address frame = first; !frame.isZero() && depth < MAX_DEPTH; frame = Frames.callerOf(frame)) {
            depth++;
        }
        if (depth == 0) {
            return new long[0];
        }
        long[] trace = new long[depth];
        Address frame = first;
        for (int i = 0; i < depth; i++) {
            trace[i] = Frames.returnAddress(frame) - 1;
            frame = Frames.callerOf(frame);
        }
        return trace;
    }

    /**
     * The trace's frames, innermost first. Code without a method-table entry is skipped, and so is
     * the kernel's start below a program's main: like HotSpot's launcher, it is not the program's.
     */
    public static StackTraceElement[] elements(long[] trace) {
        int shown = 0;
        for (int i = 0; i < trace.length; i++) {
            if (isShown(trace, i)) {
                shown++;
            }
        }
        StackTraceElement[] elements = new StackTraceElement[shown];
        int next = 0;
        for (int i = 0; i < trace.length; i++) {
            if (isShown(trace, i)) {
                Address method = MethodTables.entryAt(trace[i]);
                elements[next++] = new StackTraceElement(MethodEntry.className(method), MethodEntry.methodName(method),
                        MethodEntry.fileName(method), MethodEntry.lineAt(method, trace[i]));
            }
        }
        return elements;
    }

    private static boolean isShown(long[] trace, int index) {
        Address method = MethodTables.entryAt(trace[index]);
        return !method.isZero() && (index == 0 || !MethodEntry.classNameIs(method, "ariadne.kernel.Kernel")
                || !MethodEntry.methodNameIs(method, "start"));
    }

    /** The first frame, going outwards from {@code frame}, whose return address is not in creation code. */
    private static Address firstFrameOfInterest(Address frame, Address throwableType) {
        while (!frame.isZero()) {
            Address method = MethodTables.entryAt(Frames.returnAddress(frame) - 1);
            if (method.isZero() || !isCreationCode(method, throwableType)) {
                return frame;
            }
            frame = Frames.callerOf(frame);
        }
        return frame;
    }

    private static boolean isCreationCode(Address method, Address throwableType) {
        if (MethodEntry.methodNameIs(method, "fillInStackTrace")
                || MethodEntry.classNameIs(method, "ariadne.runtime.Throws")
                || MethodEntry.classNameIs(method, "ariadne.interrupts.FaultExceptions")) {
            return true;
        }
        if (!MethodEntry.methodNameIs(method, "<init>")) {
            return false;
        }
        for (Address type = throwableType; !type.isZero(); type = type.loadAddress(TypeLayout.SUPER)) {
            if (MethodEntry.classNameIs(method, TypeCheck.nameOf(type))) {
                return true;
            }
        }
        return false;
    }
}
