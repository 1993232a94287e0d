package ariadne.compiler.template;

import static org.objectweb.asm.Opcodes.*;

import ariadne.compiler.abi.ValueKind;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnNode;

/** Translates the operand-less bytecodes: constants, arithmetic, conversions, stack, arrays, returns. */
final class SimpleInstructions {
    private SimpleInstructions() {
    }

    static void translate(MethodScope scope, InsnNode insn) {
        BytecodeEmitter e = scope.emitter;
        int op = insn.getOpcode();
        switch (op) {
            case NOP -> { }
            case ACONST_NULL -> e.pushLong(0L);
            case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5 -> e.pushInt(op - ICONST_0);
            case LCONST_0, LCONST_1 -> e.pushLong(op - LCONST_0);
            case FCONST_0, FCONST_1, FCONST_2 -> e.pushInt(Float.floatToRawIntBits(op - FCONST_0));
            case DCONST_0, DCONST_1 -> e.pushLong(Double.doubleToRawLongBits(op - DCONST_0));
            case IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD ->
                    e.arrayLoad(arrayElementKind(op - IALOAD));
            case IASTORE, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, CASTORE, SASTORE -> {
                if (op == AASTORE) {
                    scope.rejectAddressFlow(0, "Ljava/lang/Object;", "an array element");
                }
                e.arrayStore(arrayElementKind(op - IASTORE));
            }
            case POP -> e.pop(1);
            case POP2 -> e.pop(scope.slotsInTopWords(0, 2));
            case DUP -> e.duplicate(1, 0);
            case DUP_X1 -> e.duplicate(1, 1);
            case DUP_X2 -> e.duplicate(1, scope.slotsInTopWords(1, 2));
            case DUP2 -> e.duplicate(scope.slotsInTopWords(0, 2), 0);
            case DUP2_X1 -> duplicateTwoWords(scope, 1);
            case DUP2_X2 -> duplicateTwoWords(scope, 2);
            case SWAP -> e.swap();
            case IADD, ISUB, IMUL, IAND, IOR, IXOR, ISHL, ISHR, IUSHR -> e.intArithmetic(arithmetic(op));
            case LADD, LSUB, LMUL, LAND, LOR, LXOR, LSHL, LSHR, LUSHR -> e.longArithmetic(arithmetic(op));
            case FADD, FSUB, FMUL, FDIV -> e.floatArithmetic(floatOp(op), false);
            case DADD, DSUB, DMUL, DDIV -> e.floatArithmetic(floatOp(op), true);
            case IDIV, IREM -> e.intDivide(op == IREM);
            case LDIV, LREM -> e.longDivide(op == LREM);
            case INEG -> e.intNegate();
            case LNEG -> e.longNegate();
            case FNEG, DNEG -> e.floatNegate(op == DNEG);
            case FREM, DREM -> e.floatRemainder(op == DREM);
            case I2L, L2I, I2B, I2C, I2S, I2F, I2D, L2F, L2D, F2I, F2L, D2I, D2L, F2D, D2F ->
                    e.convert(conversion(op));
            case LCMP -> e.longCompare();
            case FCMPL, FCMPG -> e.floatCompare(false, op == FCMPL ? -1 : 1);
            case DCMPL, DCMPG -> e.floatCompare(true, op == DCMPL ? -1 : 1);
            case IRETURN, LRETURN, FRETURN, DRETURN -> e.returnValue();
            case ARETURN -> {
                scope.rejectAddressFlow(0, Type.getReturnType(scope.method.desc).getDescriptor(), "the return value");
                e.returnValue();
            }
            case RETURN -> e.returnVoid();
            case ARRAYLENGTH -> e.arrayLength();
            case ATHROW -> e.throwException();
            case MONITORENTER, MONITOREXIT -> {
                scope.rejectAddressFlow(0, "Ljava/lang/Object;", "a synchronized statement");
                e.monitor(op == MONITORENTER);
            }
            default -> scope.error("bytecode " + Mnemonics.of(op) + " is not supported by the template compiler");
        }
    }

    /** {@code dup2_x1}/{@code dup2_x2}: copy the top two words below the next {@code skipWords} words. */
    private static void duplicateTwoWords(MethodScope scope, int skipWords) {
        int count = scope.slotsInTopWords(0, 2);
        scope.emitter.duplicate(count, scope.slotsInTopWords(count, skipWords));
    }

    /** Element kinds in the order of IALOAD ... SALOAD (and IASTORE ... SASTORE). */
    private static ValueKind arrayElementKind(int index) {
        return switch (index) {
            case 0 -> ValueKind.INT;
            case 1 -> ValueKind.LONG;
            case 2 -> ValueKind.FLOAT;
            case 3 -> ValueKind.DOUBLE;
            case 4 -> ValueKind.REFERENCE;
            case 5 -> ValueKind.BYTE; // byte[] and boolean[] share baload/bastore
            case 6 -> ValueKind.CHAR;
            default -> ValueKind.SHORT;
        };
    }

    private static ArithmeticOp arithmetic(int op) {
        return switch (op) {
            case IADD, LADD -> ArithmeticOp.ADD;
            case ISUB, LSUB -> ArithmeticOp.SUB;
            case IMUL, LMUL -> ArithmeticOp.MUL;
            case IAND, LAND -> ArithmeticOp.AND;
            case IOR, LOR -> ArithmeticOp.OR;
            case IXOR, LXOR -> ArithmeticOp.XOR;
            case ISHL, LSHL -> ArithmeticOp.SHL;
            case ISHR, LSHR -> ArithmeticOp.SHR;
            default -> ArithmeticOp.USHR;
        };
    }

    private static FloatOp floatOp(int op) {
        return switch (op) {
            case FADD, DADD -> FloatOp.ADD;
            case FSUB, DSUB -> FloatOp.SUB;
            case FMUL, DMUL -> FloatOp.MUL;
            default -> FloatOp.DIV;
        };
    }

    private static Conversion conversion(int op) {
        return switch (op) {
            case I2L -> Conversion.I2L;
            case L2I -> Conversion.L2I;
            case I2B -> Conversion.I2B;
            case I2C -> Conversion.I2C;
            case I2S -> Conversion.I2S;
            case I2F -> Conversion.I2F;
            case I2D -> Conversion.I2D;
            case L2F -> Conversion.L2F;
            case L2D -> Conversion.L2D;
            case F2I -> Conversion.F2I;
            case F2L -> Conversion.F2L;
            case D2I -> Conversion.D2I;
            case D2L -> Conversion.D2L;
            case F2D -> Conversion.F2D;
            default -> Conversion.D2F;
        };
    }
}
