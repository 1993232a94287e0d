package ariadne.compiler.x86;

import ariadne.compiler.abi.ObjectLayout;
import ariadne.compiler.abi.RuntimeEntry;
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
     * Checks {@code array} (null) and {@code index} (bounds), then returns the operand of the
     * element; {@code index} is zero-extended in place.
     */
    Mem element(Reg array, Reg index, int elementSize) {
        nullCheck(array);
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

    /** Calls a runtime helper whose arguments are already pushed, and pops them. */
    void call(RuntimeEntry entry) {
        asm.callSymbol(entry.symbol());
        if (entry.argumentCount() > 0) {
            asm.addq(Reg.RSP, 8 * entry.argumentCount());
        }
    }
}
