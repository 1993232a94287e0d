package ariadne.compiler.x86;

import ariadne.compiler.template.Conversion;
import ariadne.compiler.template.FloatOp;
import ariadne.x86.Assembler;
import ariadne.x86.Cond;
import ariadne.x86.Label;
import ariadne.x86.Mem;
import ariadne.x86.Reg;
import ariadne.x86.Xmm;

/**
 * Float and double templates on SSE2 scalar instructions. Values live in stack slots as raw
 * bits (a float in the low 32 bits); only unaligned scalar moves are used (the ABI promises
 * no stack alignment).
 */
final class FloatingPoint {
    private static final Mem TOP = Mem.at(Reg.RSP, 0);
    private static final Mem SECOND = Mem.at(Reg.RSP, 8);

    private final Assembler asm;

    FloatingPoint(Assembler asm) {
        this.asm = asm;
    }

    void binary(FloatOp op, boolean isDouble) {
        load(isDouble, Xmm.XMM0, SECOND);
        if (isDouble) {
            switch (op) {
                case ADD -> asm.addsd(Xmm.XMM0, TOP);
                case SUB -> asm.subsd(Xmm.XMM0, TOP);
                case MUL -> asm.mulsd(Xmm.XMM0, TOP);
                case DIV -> asm.divsd(Xmm.XMM0, TOP);
            }
        } else {
            switch (op) {
                case ADD -> asm.addss(Xmm.XMM0, TOP);
                case SUB -> asm.subss(Xmm.XMM0, TOP);
                case MUL -> asm.mulss(Xmm.XMM0, TOP);
                case DIV -> asm.divss(Xmm.XMM0, TOP);
            }
        }
        asm.addq(Reg.RSP, 8);
        store(isDouble, TOP, Xmm.XMM0);
    }

    /** Flips the sign bit (negation is not 0 - x in IEEE 754: -0.0 and NaN differ). */
    void negate(boolean isDouble) {
        asm.pop(Reg.RAX);
        if (isDouble) {
            asm.movq(Reg.RCX, Long.MIN_VALUE);
            asm.xorq(Reg.RAX, Reg.RCX);
        } else {
            asm.xorl(Reg.RAX, Integer.MIN_VALUE);
        }
        asm.push(Reg.RAX);
    }

    /** {@code fcmpl/fcmpg/dcmpl/dcmpg}: -1, 0 or 1; {@code nanResult} when unordered. */
    void compare(boolean isDouble, int nanResult) {
        Label done = new Label();
        load(isDouble, Xmm.XMM0, SECOND);
        if (isDouble) {
            asm.ucomisd(Xmm.XMM0, TOP);
        } else {
            asm.ucomiss(Xmm.XMM0, TOP);
        }
        asm.lea(Reg.RSP, Mem.at(Reg.RSP, 16)); // pops both without touching the flags
        asm.movl(Reg.RAX, nanResult);
        asm.jcc(Cond.P, done);
        asm.movl(Reg.RAX, 0);
        asm.jcc(Cond.E, done);
        asm.movl(Reg.RAX, 1);
        asm.jcc(Cond.A, done);
        asm.movl(Reg.RAX, -1);
        asm.bind(done);
        asm.push(Reg.RAX);
    }

    void convert(Conversion conversion) {
        switch (conversion) {
            case I2F -> fromInteger(false, false);
            case I2D -> fromInteger(false, true);
            case L2F -> fromInteger(true, false);
            case L2D -> fromInteger(true, true);
            case F2D -> {
                asm.movss(Xmm.XMM0, TOP);
                asm.cvtss2sd(Xmm.XMM0, Xmm.XMM0);
                asm.movsd(TOP, Xmm.XMM0);
            }
            case D2F -> {
                asm.movsd(Xmm.XMM0, TOP);
                asm.cvtsd2ss(Xmm.XMM0, Xmm.XMM0);
                asm.movss(TOP, Xmm.XMM0);
            }
            case F2I -> toInteger(false, false);
            case F2L -> toInteger(false, true);
            case D2I -> toInteger(true, false);
            case D2L -> toInteger(true, true);
            default -> throw new IllegalArgumentException("not a floating-point conversion: " + conversion);
        }
    }

    private void fromInteger(boolean fromLong, boolean toDouble) {
        asm.pop(Reg.RAX);
        if (toDouble) {
            if (fromLong) {
                asm.cvtsi2sdq(Xmm.XMM0, Reg.RAX);
            } else {
                asm.cvtsi2sdl(Xmm.XMM0, Reg.RAX);
            }
        } else if (fromLong) {
            asm.cvtsi2ssq(Xmm.XMM0, Reg.RAX);
        } else {
            asm.cvtsi2ssl(Xmm.XMM0, Reg.RAX);
        }
        asm.movq(Reg.RAX, Xmm.XMM0);
        asm.push(Reg.RAX);
    }

    /**
     * Truncating conversion with Java's saturation: SSE returns the "integer indefinite" value
     * (MIN_VALUE) for NaN and out-of-range inputs; Java wants 0 for NaN and MAX_VALUE for
     * large positive inputs, so those two cases are fixed up.
     */
    private void toInteger(boolean fromDouble, boolean toLong) {
        Label done = new Label();
        Label nan = new Label();
        load(fromDouble, Xmm.XMM0, TOP);
        if (fromDouble) {
            if (toLong) {
                asm.cvttsd2siq(Reg.RAX, Xmm.XMM0);
            } else {
                asm.cvttsd2sil(Reg.RAX, Xmm.XMM0);
            }
        } else if (toLong) {
            asm.cvttss2siq(Reg.RAX, Xmm.XMM0);
        } else {
            asm.cvttss2sil(Reg.RAX, Xmm.XMM0);
        }
        if (toLong) {
            asm.movq(Reg.RCX, Long.MIN_VALUE);
            asm.cmpq(Reg.RAX, Reg.RCX);
        } else {
            asm.cmpl(Reg.RAX, Integer.MIN_VALUE);
        }
        asm.jcc(Cond.NE, done);
        asm.xorpd(Xmm.XMM1, Xmm.XMM1);
        if (fromDouble) {
            asm.ucomisd(Xmm.XMM0, Xmm.XMM1);
        } else {
            asm.ucomiss(Xmm.XMM0, Xmm.XMM1);
        }
        asm.jcc(Cond.P, nan);
        asm.jcc(Cond.B, done); // large negative: MIN_VALUE is right
        asm.movq(Reg.RAX, toLong ? Long.MAX_VALUE : Integer.MAX_VALUE);
        asm.jmp(done);
        asm.bind(nan);
        asm.movl(Reg.RAX, 0);
        asm.bind(done);
        asm.movq(TOP, Reg.RAX);
    }

    private void load(boolean isDouble, Xmm dst, Mem src) {
        if (isDouble) {
            asm.movsd(dst, src);
        } else {
            asm.movss(dst, src);
        }
    }

    private void store(boolean isDouble, Mem dst, Xmm src) {
        if (isDouble) {
            asm.movsd(dst, src);
        } else {
            asm.movss(dst, src);
        }
    }
}
