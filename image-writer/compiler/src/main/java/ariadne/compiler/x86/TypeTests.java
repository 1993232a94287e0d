package ariadne.compiler.x86;

import ariadne.compiler.abi.TibLayout;
import ariadne.compiler.template.TypeTest;
import ariadne.x86.Assembler;
import ariadne.x86.Cond;
import ariadne.x86.Label;
import ariadne.x86.Mem;
import ariadne.x86.Reg;

/**
 * Subtype tests on a type descriptor in a register. Class targets use the superclass display
 * (constant time); interface targets scan the interface table, whose layout is
 * {@code [count][interface TIB, method table]...} (see {@code cell.TypeDescriptorWriter}).
 */
final class TypeTests {
    private final Assembler asm;

    TypeTests(Assembler asm) {
        this.asm = asm;
    }

    /** Jumps to {@code fail} unless the TIB in {@code tib} passes; clobbers tib, rcx, rdx, rsi. */
    void emit(TypeTest test, Reg tib, Label fail) {
        if (test instanceof TypeTest.Exact exact) {
            asm.movabs(Reg.RCX, exact.tibSymbol(), 0);
            asm.cmpq(tib, Reg.RCX);
            asm.jcc(Cond.NE, fail);
        } else if (test instanceof TypeTest.ClassAtDepth atDepth) {
            asm.cmpl(Mem.at(tib, TibLayout.DEPTH), atDepth.depth());
            asm.jcc(Cond.L, fail);
            asm.movq(tib, Mem.at(tib, TibLayout.DISPLAY));
            asm.movabs(Reg.RCX, atDepth.tibSymbol(), 0);
            asm.cmpq(Reg.RCX, Mem.at(tib, 8 * atDepth.depth()));
            asm.jcc(Cond.NE, fail);
        } else if (test instanceof TypeTest.Interface itf) {
            findInterface(tib, itf.tibSymbol(), fail);
        } else if (test instanceof TypeTest.ReferenceArray array) {
            asm.testl(Mem.at(tib, TibLayout.FLAGS), TibLayout.FLAG_REFERENCE_ELEMENTS);
            asm.jcc(Cond.E, fail);
            asm.movq(tib, Mem.at(tib, TibLayout.ELEMENT_TIB));
            emit(array.element(), tib, fail);
        }
        // TypeTest.Any: every type passes.
    }

    /**
     * Leaves in {@code tib} the address of the method table for {@code interfaceTib}, or jumps
     * to {@code missing}; clobbers rcx, rdx, rsi.
     */
    void findInterface(Reg tib, String interfaceTib, Label missing) {
        Label loop = new Label();
        Label found = new Label();
        asm.movq(Reg.RDX, Mem.at(tib, TibLayout.INTERFACE_TABLE));
        asm.testq(Reg.RDX, Reg.RDX);
        asm.jcc(Cond.E, missing);
        asm.movq(Reg.RSI, Mem.at(Reg.RDX, 0));
        asm.movabs(Reg.RCX, interfaceTib, 0);
        asm.bind(loop);
        asm.addq(Reg.RDX, 8);
        asm.testq(Reg.RSI, Reg.RSI);
        asm.jcc(Cond.E, missing);
        asm.cmpq(Reg.RCX, Mem.at(Reg.RDX, 0));
        asm.jcc(Cond.E, found);
        asm.addq(Reg.RDX, 8);
        asm.decq(Reg.RSI);
        asm.jmp(loop);
        asm.bind(found);
        asm.movq(tib, Mem.at(Reg.RDX, 8));
    }
}
