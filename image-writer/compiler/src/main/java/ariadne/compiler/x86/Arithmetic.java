package ariadne.compiler.x86;

import ariadne.compiler.abi.RuntimeEntry;
import ariadne.compiler.template.ArithmeticOp;
import ariadne.x86.Assembler;
import ariadne.x86.Cond;
import ariadne.x86.Label;
import ariadne.x86.Reg;

/**
 * Integer templates. x86 already gives Java's wrapping arithmetic and masks shift counts to
 * 5 (32-bit) or 6 (64-bit) bits, exactly as the JVM specifies; only division needs care. A
 * constant second operand (still deferred on the {@link DeferredStack}) becomes an immediate.
 */
final class Arithmetic {
    private final Assembler asm;
    private final RuntimeChecks checks;
    private final DeferredStack stack;

    Arithmetic(Assembler asm, RuntimeChecks checks, DeferredStack stack) {
        this.asm = asm;
        this.checks = checks;
        this.stack = stack;
    }

    /** value1 into rax, value2 into rcx or an immediate; the result is left in rax. */
    void binary(ArithmeticOp op, boolean wide) {
        Integer constant = popConstant();
        if (constant != null) {
            stack.popInto(Reg.RAX);
            if (wide) {
                longOp(op, constant);
            } else {
                intOp(op, constant);
            }
        } else {
            stack.popInto(Reg.RCX);
            stack.popInto(Reg.RAX);
            if (wide) {
                longOp(op);
            } else {
                intOp(op);
            }
        }
        stack.pushRax(false);
    }

    /** Pops value2 if it is a deferred constant (a sign-extended imm32), else leaves it. */
    private Integer popConstant() {
        StackEntry top = stack.top();
        if (top == null || top.kind() != StackEntry.Kind.IMMEDIATE) {
            return null;
        }
        stack.dropImmediate();
        return (int) top.immediate();
    }

    private void intOp(ArithmeticOp op, int value) {
        switch (op) {
            case ADD -> asm.addl(Reg.RAX, value);
            case SUB -> asm.subl(Reg.RAX, value);
            case MUL -> asm.imull(Reg.RAX, Reg.RAX, value);
            case AND -> asm.andl(Reg.RAX, value);
            case OR -> asm.orl(Reg.RAX, value);
            case XOR -> asm.xorl(Reg.RAX, value);
            case SHL -> asm.shll(Reg.RAX, value & 31);
            case SHR -> asm.sarl(Reg.RAX, value & 31);
            case USHR -> asm.shrl(Reg.RAX, value & 31);
        }
    }

    /** The shift count is an int constant; other operands are longs that fit an imm32. */
    private void longOp(ArithmeticOp op, int value) {
        switch (op) {
            case ADD -> asm.addq(Reg.RAX, value);
            case SUB -> asm.subq(Reg.RAX, value);
            case MUL -> asm.imulq(Reg.RAX, Reg.RAX, value);
            case AND -> asm.andq(Reg.RAX, value);
            case OR -> asm.orq(Reg.RAX, value);
            case XOR -> asm.xorq(Reg.RAX, value);
            case SHL -> asm.shlq(Reg.RAX, value & 63);
            case SHR -> asm.sarq(Reg.RAX, value & 63);
            case USHR -> asm.shrq(Reg.RAX, value & 63);
        }
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
     * (quotient MIN_VALUE, remainder 0). A constant divisor other than 0 and -1 needs neither case.
     */
    void divide(boolean remainder, boolean wide) {
        StackEntry top = stack.top();
        if (top != null && top.kind() == StackEntry.Kind.IMMEDIATE && top.immediate() != 0 && top.immediate() != -1) {
            int divisor = popConstant();
            stack.popInto(Reg.RAX);
            asm.movq(Reg.RCX, divisor);
            divideRaxByRcx(remainder, wide);
            stack.pushRax(false);
            return;
        }
        Label nonZero = new Label();
        Label general = new Label();
        Label done = new Label();
        stack.popInto(Reg.RCX);
        stack.popInto(Reg.RAX);
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
        divideRaxByRcx(remainder, wide);
        asm.bind(done);
        stack.pushRax(false);
    }

    /** rax := rax / rcx or rax % rcx; rcx is neither 0 nor -1. */
    private void divideRaxByRcx(boolean remainder, boolean wide) {
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
    }

    void negate(boolean wide) {
        stack.popInto(Reg.RAX);
        if (wide) {
            asm.negq(Reg.RAX);
        } else {
            asm.negl(Reg.RAX);
        }
        stack.pushRax(false);
    }

    /**
     * {@code lcmp}: (value1 > value2) - (value1 < value2), left as a comparison of rax with rcx:
     * the {@code if<cond>} that nearly always follows branches on it directly.
     */
    void longCompare() {
        stack.popInto(Reg.RCX);
        stack.popInto(Reg.RAX);
        stack.pushComparison(StackEntry.threeWayComparison());
    }
}
