package ariadne.compiler.template;

import static org.objectweb.asm.Opcodes.*;

import ariadne.compiler.abi.Symbols;
import ariadne.compiler.abi.ValueKind;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/** Translates local-variable access, immediate constants, {@code ldc} and {@code newarray}. */
final class LocalsAndConstants {
    private LocalsAndConstants() {
    }

    static void local(MethodScope scope, VarInsnNode insn) {
        int op = insn.getOpcode();
        switch (op) {
            case ILOAD, LLOAD, FLOAD, DLOAD, ALOAD -> scope.emitter.loadLocal(insn.var);
            case ISTORE, LSTORE, FSTORE, DSTORE, ASTORE -> scope.emitter.storeLocal(insn.var);
            default -> scope.error("bytecode " + Mnemonics.of(op)
                    + " (subroutines) is not supported; compile with a javac that does not emit jsr/ret");
        }
    }

    static void increment(MethodScope scope, IincInsnNode insn) {
        scope.emitter.incrementLocal(insn.var, insn.incr);
    }

    static void immediate(MethodScope scope, IntInsnNode insn) {
        if (insn.getOpcode() == NEWARRAY) {
            ValueKind kind = ValueKind.ofNewarrayCode(insn.operand);
            String descriptor = "[" + primitiveDescriptor(kind);
            scope.links().useArrayType(descriptor);
            scope.emitter.newArray(Symbols.type(descriptor), kind);
        } else {
            scope.emitter.pushInt(insn.operand); // bipush, sipush
        }
    }

    static void constant(MethodScope scope, LdcInsnNode insn) {
        Object value = insn.cst;
        if (value instanceof Integer i) {
            scope.emitter.pushInt(i);
        } else if (value instanceof Float f) {
            scope.emitter.pushInt(Float.floatToRawIntBits(f));
        } else if (value instanceof Long l) {
            scope.emitter.pushLong(l);
        } else if (value instanceof Double d) {
            scope.emitter.pushLong(Double.doubleToRawLongBits(d));
        } else if (value instanceof String s) {
            if (!MagicIntrinsics.isSymbolAddressArgument(insn)) {
                scope.links().useString(s);
                scope.emitter.pushSymbolAddress(Symbols.stringLiteral(s));
            }
        } else if (value instanceof Type t) {
            scope.error("class literal " + t.getClassName() + ".class is not supported (no Class objects yet)");
        } else {
            scope.error("ldc of " + value.getClass().getSimpleName() + " (" + value + ") is not supported");
        }
    }

    private static String primitiveDescriptor(ValueKind kind) {
        return switch (kind) {
            case BOOLEAN -> "Z";
            case BYTE -> "B";
            case CHAR -> "C";
            case SHORT -> "S";
            case INT -> "I";
            case FLOAT -> "F";
            case LONG -> "J";
            case DOUBLE -> "D";
            default -> throw new IllegalArgumentException("not a primitive array element: " + kind);
        };
    }
}
