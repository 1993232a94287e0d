package ariadne.runtime.unwind;

import ariadne.base.TypeCheck;
import ariadne.magic.Address;

/**
 * Reads one method-table entry (format: {@code ariadne.compiler.cell.MethodTableWriter}):
 * the method's code range, frame size, names, line table and handler table. Allocates only
 * when it turns a name into a String.
 */
public final class MethodEntry {
    static final int SIZE = 40;
    private static final int CODE_START = 0;
    private static final int CODE_SIZE = 8;
    private static final int FRAME_SLOTS = 12;
    private static final int CLASS_NAME = 16;
    private static final int METHOD_NAME = 20;
    private static final int FILE_NAME = 24;
    private static final int LINES = 28;
    private static final int HANDLERS = 32;
    private static final int HANDLER_SIZE = 24;

    /** Line number of a method compiled without line information. */
    public static final int NO_LINE = -1;

    private MethodEntry() {
    }

    public static long codeStart(Address entry) {
        return entry.loadLong(CODE_START);
    }

    public static int codeSize(Address entry) {
        return entry.loadInt(CODE_SIZE);
    }

    public static boolean contains(Address entry, long pc) {
        long offset = pc - codeStart(entry);
        return offset >= 0 && offset < codeSize(entry);
    }

    /** 8-byte local slots below the saved rbp; a handler's operand stack starts right below them. */
    public static int frameSlots(Address entry) {
        return entry.loadInt(FRAME_SLOTS);
    }

    public static String className(Address entry) {
        return Utf8.decode(string(entry, CLASS_NAME));
    }

    public static String methodName(Address entry) {
        return Utf8.decode(string(entry, METHOD_NAME));
    }

    /** The source file's name, or null when the class did not record it. */
    public static String fileName(Address entry) {
        Address name = string(entry, FILE_NAME);
        return name.isZero() ? null : Utf8.decode(name);
    }

    static boolean classNameIs(Address entry, String name) {
        return Utf8.equals(string(entry, CLASS_NAME), name);
    }

    /** Whether the method's name is {@code name}, without allocating (safe in interrupt handlers). */
    public static boolean methodNameIs(Address entry, String name) {
        return Utf8.equals(string(entry, METHOD_NAME), name);
    }

    /** The source line of the code at {@code pc}, or {@link #NO_LINE}. */
    public static int lineAt(Address entry, long pc) {
        long offset = pc - codeStart(entry);
        Address table = entry.plus(entry.loadInt(LINES));
        int lines = table.loadInt(0);
        int line = NO_LINE;
        for (int i = 0; i < lines && table.loadInt(4 + 8L * i) <= offset; i++) {
            line = table.loadInt(8 + 8L * i);
        }
        return line;
    }

    /**
     * The address of the handler that catches {@code exception} thrown at {@code pc}, or zero:
     * the first handler-table entry, in class-file order, that covers the offset and whose catch
     * type (zero: any) the exception is an instance of.
     */
    static long handlerFor(Address entry, long pc, Address exceptionType) {
        int relative = entry.loadInt(HANDLERS);
        if (relative == 0) {
            return 0;
        }
        long offset = pc - codeStart(entry);
        Address table = entry.plus(relative);
        int handlers = table.loadInt(0);
        for (int i = 0; i < handlers; i++) {
            Address handler = table.plus(8 + (long) HANDLER_SIZE * i);
            Address catchType = handler.loadAddress(16);
            if (handler.loadInt(0) <= offset && offset < handler.loadInt(4)
                    && (catchType.isZero() || TypeCheck.isAssignable(exceptionType, catchType))) {
                return codeStart(entry) + handler.loadInt(8);
            }
        }
        return 0;
    }

    /** A string field: zero, or the address of its u16 length and UTF-8 bytes. */
    private static Address string(Address entry, int field) {
        int relative = entry.loadInt(field);
        return relative == 0 ? Address.zero() : entry.plus(relative);
    }
}
