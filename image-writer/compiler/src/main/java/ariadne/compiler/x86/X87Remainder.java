package ariadne.compiler.x86;

import ariadne.x86.Assembler;
import ariadne.x86.Cond;
import ariadne.x86.Label;
import ariadne.x86.Reg;

/**
 * {@code frem}/{@code drem}: Java's remainder truncates like C's fmod, which SSE has no
 * instruction for; the x87 {@code fprem} computes it exactly (repeated until the reduction is
 * complete). The project's assembler has no x87 instructions, so the five used here are
 * encoded in this class, each with its operand fixed to a stack slot.
 */
final class X87Remainder {
    private static final int FLD_DOUBLE = 0xDD;
    private static final int FLD_FLOAT = 0xD9;
    private static final int MODRM_LOAD_RSP_DISP8 = 0x44;  // mod=01 reg=/0 rm=SIB
    private static final int MODRM_STORE_POP_RSP_DISP8 = 0x5C; // mod=01 reg=/3 rm=SIB
    private static final int SIB_RSP = 0x24;
    /** Status word bit C2: set while fprem's reduction is incomplete. */
    private static final int STATUS_C2 = 0x400;

    private final Assembler asm;

    X87Remainder(Assembler asm) {
        this.asm = asm;
    }

    /** Pops divisor and dividend (raw bits in slots), pushes dividend % divisor. */
    void emit(boolean isDouble) {
        Label again = new Label();
        fninit(); // nothing else uses the x87 unit: start from masked exceptions, empty stack
        loadFromStack(isDouble, 0);   // ST0 = divisor
        loadFromStack(isDouble, 8);   // ST0 = dividend, ST1 = divisor
        asm.bind(again);
        asm.emit8(0xD9);
        asm.emit8(0xF8);              // fprem
        asm.emit8(0xDF);
        asm.emit8(0xE0);              // fnstsw ax
        asm.testl(Reg.RAX, STATUS_C2);
        asm.jcc(Cond.NE, again);
        storeToStackAndPop(isDouble, 8); // the result replaces the dividend
        asm.emit8(0xDD);
        asm.emit8(0xD8);              // fstp st(0): drop the divisor
        asm.addq(Reg.RSP, 8);
    }

    private void fninit() {
        asm.emit8(0xDB);
        asm.emit8(0xE3);
    }

    /** {@code fld dword/qword [rsp + disp]}. */
    private void loadFromStack(boolean isDouble, int disp) {
        asm.emit8(isDouble ? FLD_DOUBLE : FLD_FLOAT);
        asm.emit8(MODRM_LOAD_RSP_DISP8);
        asm.emit8(SIB_RSP);
        asm.emit8(disp);
    }

    /** {@code fstp dword/qword [rsp + disp]}. */
    private void storeToStackAndPop(boolean isDouble, int disp) {
        asm.emit8(isDouble ? FLD_DOUBLE : FLD_FLOAT);
        asm.emit8(MODRM_STORE_POP_RSP_DISP8);
        asm.emit8(SIB_RSP);
        asm.emit8(disp);
    }
}
