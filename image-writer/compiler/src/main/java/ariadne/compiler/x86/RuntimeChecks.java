package ariadne.compiler.x86;

import ariadne.compiler.abi.ObjectLayout;
import ariadne.compiler.abi.RuntimeEntry;
import ariadne.compiler.abi.TibLayout;
import ariadne.x86.Assembler;
import ariadne.x86.Cond;
import ariadne.x86.Label;
import ariadne.x86.Mem;
import ariadne.x86.Reg;

/**
 * The checks Java semantics require before a memory access. Each failing path calls a runtime
 * helper that raises the exception and never returns, so the paths need no cleanup.
 */
final class RuntimeChecks {
    private final Assembler asm;

    RuntimeChecks(Assembler asm) {
        this.asm = asm;
    }

    /** Raises NullPointerException if {@code reference} is null. */
    void nullCheck(Reg reference) {
        Label ok = new Label();
        asm.testq(reference, reference);
        asm.jcc(Cond.NE, ok);
        call(RuntimeEntry.NULL_POINTER);
        asm.bind(ok);
    }

    /**
     * Checks {@code array} (null, unless known {@code nonNull}) and {@code index} (bounds), then
     * returns the operand of the element; {@code index} is zero-extended in place.
     */
    Mem element(Reg array, Reg index, int elementSize, boolean nonNull) {
        if (!nonNull) {
            nullCheck(array);
        }
        Label ok = new Label();
        Mem length = Mem.at(array, ObjectLayout.ARRAY_LENGTH_OFFSET);
        asm.cmpl(index, length);
        asm.jcc(Cond.B, ok); // unsigned: a negative index is out of bounds too
        asm.push(index);
        asm.push(length);
        call(RuntimeEntry.ARRAY_INDEX);
        asm.bind(ok);
        asm.movl(index, index);
        return Mem.at(array, index, elementSize, ObjectLayout.ARRAY_ELEMENTS_OFFSET);
    }

    /**
     * Raises ArrayStoreException unless {@code value} may be stored in {@code array} (checked not
     * null). Null, the array's exact element type and element type Object pass inline; any other
     * pair asks the runtime's subtype test, with {@code array}, {@code index} and {@code value}
     * saved around the call and restored; clobbers rsi and rdi.
     */
    void storeCheck(Reg array, Reg index, Reg value) {
        Label ok = new Label();
        Label slow = new Label();
        asm.testq(value, value);
        asm.jcc(Cond.E, ok);
        asm.movq(Reg.RSI, Mem.at(value, ObjectLayout.TIB_OFFSET));
        asm.movq(Reg.RDI, Mem.at(array, ObjectLayout.TIB_OFFSET));
        asm.movq(Reg.RDI, Mem.at(Reg.RDI, TibLayout.ELEMENT_TIB));
        asm.cmpq(Reg.RSI, Reg.RDI);
        asm.jcc(Cond.E, ok);
        // java.lang.Object is the one class without a superclass; interfaces and arrays are not classes.
        asm.cmpq(Mem.at(Reg.RDI, TibLayout.SUPER), 0);
        asm.jcc(Cond.NE, slow);
        asm.testl(Mem.at(Reg.RDI, TibLayout.FLAGS), TibLayout.FLAG_INTERFACE | TibLayout.FLAG_ARRAY);
        asm.jcc(Cond.E, ok);
        asm.bind(slow);
        asm.push(array);
        asm.push(index);
        asm.push(value);
        asm.push(Reg.RSI);
        asm.push(Reg.RDI);
        call(RuntimeEntry.IS_ASSIGNABLE);
        asm.movl(Reg.RSI, Reg.RAX); // the answer, before array (rax) is restored
        asm.pop(value);
        asm.pop(index);
        asm.pop(array);
        asm.testl(Reg.RSI, Reg.RSI);
        asm.jcc(Cond.NE, ok);
        asm.push(value);
        call(RuntimeEntry.ARRAY_STORE);
        asm.bind(ok);
    }

    /** Calls a runtime helper whose arguments are already pushed, and pops them. */
    void call(RuntimeEntry entry) {
        asm.callSymbol(entry.symbol());
        if (entry.argumentCount() > 0) {
            asm.addq(Reg.RSP, 8 * entry.argumentCount());
        }
    }
}
