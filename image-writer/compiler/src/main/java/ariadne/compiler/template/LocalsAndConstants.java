package ariadne.compiler.template;

import static org.objectweb.asm.Opcodes.*;

import ariadne.compiler.abi.Symbols;
import ariadne.compiler.abi.ValueKind;
import ariadne.compiler.frontend.ResolutionException;
import ariadne.compiler.frontend.ResolvedMethod;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/** Translates local-variable access, immediate constants, {@code ldc} and {@code newarray}. */
final class LocalsAndConstants {
    private static final String CLASS = "java/lang/Class";
    private static final String CLASS_FACTORY = "forTypeDescriptor";
    private static final String CLASS_FACTORY_DESCRIPTOR = "(Lariadne/magic/Address;)Ljava/lang/Class;";

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

    static void constant(MethodScope scope, LdcInsnNode insn) throws ResolutionException {
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
        } else if (value instanceof Type t && (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY)) {
            classLiteral(scope, t);
        } else {
            scope.error("ldc of " + value.getClass().getSimpleName() + " (" + value + ") is not supported");
        }
    }

    /**
     * {@code Foo.class}: java.lang.Class keeps the one Class object of a type in its descriptor
     * and makes it on first use, so a class literal is a call with the descriptor's address.
     */
    private static void classLiteral(MethodScope scope, Type type) throws ResolutionException {
        String target = type.getSort() == Type.ARRAY ? type.getDescriptor() : type.getInternalName();
        if (type.getSort() == Type.ARRAY) {
            scope.links().useArrayType(target);
        } else {
            scope.hierarchy().require(target);
        }
        ResolvedMethod factory = scope.hierarchy().resolveMethod(CLASS, CLASS_FACTORY, CLASS_FACTORY_DESCRIPTOR);
        scope.emitter.pushSymbolAddress(Symbols.type(target));
        scope.emitter.callDirect(factory.symbol(), 1, true);
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
