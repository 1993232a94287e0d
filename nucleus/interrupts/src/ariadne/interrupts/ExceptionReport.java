package ariadne.interrupts;

import ariadne.magic.Address;
import ariadne.memory.PageTables;
import ariadne.runtime.unwind.MethodEntry;
import ariadne.runtime.unwind.MethodTables;

/**
 * The full report of a CPU exception the nucleus cannot turn into a Java exception: vector,
 * error code, CR2, the registers, the method that faulted and the frames below it (by the
 * RBP chain, docs/ABI.md), each named by the image's symbol table and, for compiled Java code,
 * with its source line from the method tables. Printed on COM1 without allocating.
 */
final class ExceptionReport {
    private static final int MAX_FRAMES = 24;
    private static final long PF_PRESENT = 1;
    private static final long PF_WRITE = 2;
    private static final long PF_FETCH = 16;

    private ExceptionReport() {
    }

    static void print(InterruptFrame frame, long cr2, String verdict) {
        int vector = frame.vector();
        RawConsole.newline();
        RawConsole.print("Ariadne: CPU exception ");
        RawConsole.printDecimal(vector);
        RawConsole.print(" (");
        RawConsole.print(vector < Vectors.FIRST_EXTERNAL ? Vectors.exceptionName(vector) : "interrupt");
        RawConsole.print("), error code ");
        RawConsole.printHex(frame.errorCode());
        RawConsole.newline();
        if (vector == Vectors.PAGE_FAULT) {
            printPageFault(frame.errorCode(), cr2);
        }
        RawConsole.print("  ");
        RawConsole.print(verdict);
        RawConsole.newline();
        RawConsole.print("  rip ");
        RawConsole.printHex(frame.instructionPointer());
        printLocation(frame.instructionPointer());
        RawConsole.newline();
        printRegisters(frame);
        printFrames(frame.register(InterruptFrame.RBP));
    }

    private static void printPageFault(long errorCode, long cr2) {
        RawConsole.print("  cr2 ");
        RawConsole.printHex(cr2);
        RawConsole.print((errorCode & PF_FETCH) != 0 ? ": instruction fetch" : (errorCode & PF_WRITE) != 0 ? ": write" : ": read");
        RawConsole.print((errorCode & PF_PRESENT) != 0 ? ", protection violation" : ", page not present");
        RawConsole.newline();
    }

    private static void printRegisters(InterruptFrame frame) {
        RawConsole.print("  rsp ");
        RawConsole.printHex(frame.stackPointer());
        RawConsole.print("  rflags ");
        RawConsole.printHex(frame.flags());
        RawConsole.print("  cs ");
        RawConsole.printHex(frame.codeSegment());
        RawConsole.print("  ss ");
        RawConsole.printHex(frame.stackSegment());
        for (int i = 0; i < InterruptFrame.registerCount(); i++) {
            RawConsole.print(i % 4 == 0 ? "\n  " : "  ");
            RawConsole.print(InterruptFrame.registerName(i));
            RawConsole.print(i < 7 ? " " : i < 9 ? "  " : " ");
            RawConsole.printHex(frame.register(i));
        }
        RawConsole.newline();
    }

    /** Return addresses up the RBP chain, each with its method, stopping at rbp 0 or an unmapped frame. */
    private static void printFrames(long rbp) {
        RawConsole.print("  frames:");
        RawConsole.newline();
        for (int depth = 0; depth < MAX_FRAMES && rbp != 0 && (rbp & 7) == 0; depth++) {
            if (PageTables.translate(Address.fromLong(rbp)) == PageTables.NOT_MAPPED
                    || PageTables.translate(Address.fromLong(rbp + 8)) == PageTables.NOT_MAPPED) {
                RawConsole.print("    (frame chain leaves mapped memory)");
                RawConsole.newline();
                return;
            }
            long returnAddress = Address.fromLong(rbp).loadLong(8);
            RawConsole.print("    ");
            RawConsole.printHex(returnAddress);
            printLocation(returnAddress - 1);
            RawConsole.newline();
            rbp = Address.fromLong(rbp).loadLong(0);
        }
    }

    private static void printLocation(long address) {
        int function = CodeSymbols.functionAt(address);
        if (function >= 0) {
            RawConsole.print(" in ");
            CodeSymbols.printName(function);
            RawConsole.print(" +");
            RawConsole.printDecimal(address - CodeSymbols.startOf(function));
        }
        printLine(address);
    }

    /** ", line N" for compiled Java code with a line table (boot code and generated methods have none). */
    private static void printLine(long address) {
        Address method = MethodTables.entryAt(address);
        if (method.isZero()) {
            return;
        }
        int line = MethodEntry.lineAt(method, address);
        if (line != MethodEntry.NO_LINE) {
            RawConsole.print(", line ");
            RawConsole.printDecimal(line);
        }
    }
}
