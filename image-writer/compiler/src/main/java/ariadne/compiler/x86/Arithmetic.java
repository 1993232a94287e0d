package ariadne.compiler.x86;

import ariadne.compiler.abi.RuntimeEntry;
import ariadne.compiler.template.ArithmeticOp;
import ariadne.x86.Assembler;
import ariadne.x86.Cond;
import ariadne.x86.Label;
import ariadne.x86.Reg;

/**
 * Integer templates. x86 already gives Java's wrapping arithmetic and masks shift counts to
 * 5 (32-bit) or 6 (64-bit) bits, exactly as the JVM specifies; only division needs care.
 */
final class Arithmetic {
    private final Assembler asm;
    private final RuntimeChecks checks;

    Arithmetic(Assembler asm, RuntimeChecks checks) {
        this.asm = asm;
        this.checks = checks;
    }

    /** Pops value2 into rcx and value1 into rax, applies the operation, pushes rax. */
    void binary(ArithmeticOp op, boolean wide) {
        asm.pop(Reg.RCX);
        asm.pop(Reg.RAX);
        if (wide) {
            longOp(op);
        } else {
            intOp(op);
        }
        asm.push(Reg.RAX);
    }

    private void intOp(ArithmeticOp op) {
        switch (op) {
            case ADD -> asm.addl(Reg.RAX, Reg.RCX);
            case SUB -> asm.subl(Reg.RAX, Reg.RCX);
            case MUL -> asm.imull(Reg.RAX, Reg.RCX);
            case AND -> asm.andl(Reg.RAX, Reg.RCX);
            case OR -> asm.orl(Reg.RAX, Reg.RCX);
            case XOR -> asm.xorl(Reg.RAX, Reg.RCX);
            case SHL -> asm.shll(Reg.RAX);
            case SHR -> asm.sarl(Reg.RAX);
            case USHR -> asm.shrl(Reg.RAX);
        }
    }

    private void longOp(ArithmeticOp op) {
        switch (op) {
            case ADD -> asm.addq(Reg.RAX, Reg.RCX);
            case SUB -> asm.subq(Reg.RAX, Reg.RCX);
            case MUL -> asm.imulq(Reg.RAX, Reg.RCX);
            case AND -> asm.andq(Reg.RAX, Reg.RCX);
            case OR -> asm.orq(Reg.RAX, Reg.RCX);
            case XOR -> asm.xorq(Reg.RAX, Reg.RCX);
            case SHL -> asm.shlq(Reg.RAX);
            case SHR -> asm.sarq(Reg.RAX);
            case USHR -> asm.shrq(Reg.RAX);
        }
    }

    /**
     * Division and remainder: a zero divisor raises ArithmeticException; a divisor of -1 is
     * done by negation because {@code idiv} traps on MIN_VALUE / -1, where Java wraps
     * (quotient MIN_VALUE, remainder 0).
     */
    void divide(boolean remainder, boolean wide) {
        Label nonZero = new Label();
        Label general = new Label();
        Label done = new Label();
        asm.pop(Reg.RCX);
        asm.pop(Reg.RAX);
        if (wide) {
            asm.testq(Reg.RCX, Reg.RCX);
        } else {
            asm.testl(Reg.RCX, Reg.RCX);
        }
        asm.jcc(Cond.NE, nonZero);
        checks.call(RuntimeEntry.DIVIDE_BY_ZERO);
        asm.bind(nonZero);
        if (wide) {
            asm.cmpq(Reg.RCX, -1);
        } else {
            asm.cmpl(Reg.RCX, -1);
        }
        asm.jcc(Cond.NE, general);
        if (remainder) {
            asm.xorl(Reg.RAX, Reg.RAX);
        } else if (wide) {
            asm.negq(Reg.RAX);
        } else {
            asm.negl(Reg.RAX);
        }
        asm.jmp(done);
        asm.bind(general);
        if (wide) {
            asm.cqo();
            asm.idivq(Reg.RCX);
        } else {
            asm.cdq();
            asm.idivl(Reg.RCX);
        }
        if (remainder) {
            asm.movq(Reg.RAX, Reg.RDX);
        }
        asm.bind(done);
        asm.push(Reg.RAX);
    }

    void negate(boolean wide) {
        asm.pop(Reg.RAX);
        if (wide) {
            asm.negq(Reg.RAX);
        } else {
            asm.negl(Reg.RAX);
        }
        asm.push(Reg.RAX);
    }

    /** {@code lcmp}: (value1 > value2) - (value1 < value2). */
    void longCompare() {
        asm.pop(Reg.RCX);
        asm.pop(Reg.RAX);
        asm.cmpq(Reg.RAX, Reg.RCX);
        asm.setcc(Cond.G, Reg.RAX);
        asm.setcc(Cond.L, Reg.RCX);
        asm.movzxbl(Reg.RAX, Reg.RAX);
        asm.movzxbl(Reg.RCX, Reg.RCX);
        asm.subl(Reg.RAX, Reg.RCX);
        asm.push(Reg.RAX);
    }
}
