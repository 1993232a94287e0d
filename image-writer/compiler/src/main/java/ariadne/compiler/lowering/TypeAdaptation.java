package ariadne.compiler.lowering;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Emits the value conversions the JVM's lambda metafactory applies between a functional
 * interface method's (erased) type, its instantiated type and the implementation method:
 * primitive widening, boxing (widening first when the target is a wider wrapper), unboxing
 * (through {@code Number} or the wrapper when the source is a plain reference) and reference casts.
 */
final class TypeAdaptation {
    private static final Type OBJECT = Type.getObjectType("java/lang/Object");
    private static final String NUMBER = "java/lang/Number";

    private final MethodVisitor code;

    TypeAdaptation(MethodVisitor code) {
        this.code = code;
    }

    /**
     * Converts the value on top of the stack from {@code from} to {@code to}; {@code functional}
     * is the instantiated type at that position, which reference values are first cast to.
     */
    void convert(Type from, Type to, Type functional) {
        if (from.equals(to) && from.equals(functional)) {
            return;
        }
        if (from.getSort() == Type.VOID || to.getSort() == Type.VOID) {
            return;
        }
        if (isPrimitive(from)) {
            fromPrimitive(from, to);
        } else {
            fromReference(from, to, functional);
        }
    }

    private void fromPrimitive(Type from, Type to) {
        if (isPrimitive(to)) {
            widen(from, to);
            return;
        }
        Type unwrapped = Boxing.primitiveOf(to);
        if (unwrapped != null) {
            widen(from, unwrapped);
            box(unwrapped);
        } else {
            box(from);
            cast(Boxing.wrapperOf(from), to);
        }
    }

    private void fromReference(Type from, Type to, Type functional) {
        Type source = from;
        if (!isPrimitive(functional)) {
            cast(from, functional);
            source = functional;
        }
        if (!isPrimitive(to)) {
            cast(source, to);
            return;
        }
        Type sourcePrimitive = Boxing.primitiveOf(source);
        if (sourcePrimitive != null) {
            if (isNumeric(sourcePrimitive)) {
                unbox(source.getInternalName(), to);
            } else {
                unbox(source.getInternalName(), sourcePrimitive);
                widen(sourcePrimitive, to);
            }
        } else {
            String intermediate = isNumeric(to) ? NUMBER : Boxing.wrapperOf(to).getInternalName();
            cast(source, Type.getObjectType(intermediate));
            unbox(intermediate, to);
        }
    }

    /** Pushes {@code primitive}'s wrapper for the primitive on top of the stack. */
    void box(Type primitive) {
        Type wrapper = Boxing.wrapperOf(primitive);
        code.visitMethodInsn(INVOKESTATIC, wrapper.getInternalName(), "valueOf",
                Type.getMethodDescriptor(wrapper, primitive), false);
    }

    private void unbox(String owner, Type primitive) {
        code.visitMethodInsn(INVOKEVIRTUAL, owner, primitive.getClassName() + "Value",
                Type.getMethodDescriptor(primitive), false);
    }

    private void cast(Type from, Type to) {
        if (!from.equals(to) && !to.equals(OBJECT)) {
            code.visitTypeInsn(CHECKCAST, to.getInternalName());
        }
    }

    /** Widening primitive conversion (JLS 5.1.2); int-like to int-like needs no instruction. */
    private void widen(Type from, Type to) {
        int source = stackSort(from);
        int target = stackSort(to);
        if (source == target) {
            return;
        }
        int opcode = switch (source * 16 + target) {
            case Type.INT * 16 + Type.LONG -> I2L;
            case Type.INT * 16 + Type.FLOAT -> I2F;
            case Type.INT * 16 + Type.DOUBLE -> I2D;
            case Type.LONG * 16 + Type.FLOAT -> L2F;
            case Type.LONG * 16 + Type.DOUBLE -> L2D;
            case Type.FLOAT * 16 + Type.DOUBLE -> F2D;
            default -> throw new IllegalArgumentException("no widening from " + from + " to " + to);
        };
        code.visitInsn(opcode);
    }

    private static int stackSort(Type type) {
        return switch (type.getSort()) {
            case Type.BOOLEAN, Type.CHAR, Type.BYTE, Type.SHORT, Type.INT -> Type.INT;
            default -> type.getSort();
        };
    }

    static boolean isPrimitive(Type type) {
        return type.getSort() < Type.ARRAY;
    }

    /** Whether a primitive is one of the signed integral or floating types (not char or boolean). */
    private static boolean isNumeric(Type primitive) {
        return primitive.getSort() != Type.CHAR && primitive.getSort() != Type.BOOLEAN;
    }
}
