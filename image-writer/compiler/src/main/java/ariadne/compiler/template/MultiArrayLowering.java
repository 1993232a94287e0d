package ariadne.compiler.template;

import static org.objectweb.asm.Opcodes.*;

import ariadne.compiler.abi.Symbols;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Lowers {@code multianewarray} to a call of a synthetic static method of the class, written in
 * bytecode and compiled like any other: {@code $multianewarray(I...I)[..} checks every count
 * (a negative one makes the allocator raise NegativeArraySizeException even when an outer
 * count is 0, as the JVM requires), allocates the outer array and fills it by calling the
 * method for one dimension less.
 */
final class MultiArrayLowering {
    static final String NAME = "$multianewarray";

    private MultiArrayLowering() {
    }

    /** Adds the helper for {@code arrayDescriptor} with {@code dimensions} counts if missing; returns its symbol. */
    static String helper(ClassNode owner, String arrayDescriptor, int dimensions) {
        String descriptor = descriptor(arrayDescriptor, dimensions);
        if (owner.methods.stream().noneMatch(m -> m.name.equals(NAME) && m.desc.equals(descriptor))) {
            owner.methods.add(build(owner, arrayDescriptor, dimensions));
        }
        return Symbols.method(owner.name, NAME, descriptor);
    }

    private static String descriptor(String arrayDescriptor, int dimensions) {
        return "(" + "I".repeat(dimensions) + ")" + arrayDescriptor;
    }

    private static MethodNode build(ClassNode owner, String arrayDescriptor, int dimensions) {
        MethodNode method = new MethodNode(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, NAME,
                descriptor(arrayDescriptor, dimensions), null, null);
        InsnList code = method.instructions;
        for (int k = 1; k < dimensions; k++) {
            checkCount(code, k);
        }
        String component = arrayDescriptor.substring(1);
        int array = dimensions;
        int index = dimensions + 1;
        code.add(new VarInsnNode(ILOAD, 0));
        code.add(newArray(component));
        if (dimensions > 1) {
            LabelNode loop = new LabelNode();
            LabelNode done = new LabelNode();
            code.add(new VarInsnNode(ASTORE, array));
            code.add(new InsnNode(ICONST_0));
            code.add(new VarInsnNode(ISTORE, index));
            code.add(loop);
            code.add(new VarInsnNode(ILOAD, index));
            code.add(new VarInsnNode(ILOAD, 0));
            code.add(new JumpInsnNode(IF_ICMPGE, done));
            code.add(new VarInsnNode(ALOAD, array));
            code.add(new VarInsnNode(ILOAD, index));
            for (int k = 1; k < dimensions; k++) {
                code.add(new VarInsnNode(ILOAD, k));
            }
            helper(owner, component, dimensions - 1);
            code.add(new MethodInsnNode(INVOKESTATIC, owner.name, NAME, descriptor(component, dimensions - 1)));
            code.add(new InsnNode(AASTORE));
            code.add(new IincInsnNode(index, 1));
            code.add(new JumpInsnNode(GOTO, loop));
            code.add(done);
            code.add(new VarInsnNode(ALOAD, array));
        }
        code.add(new InsnNode(ARETURN));
        method.maxLocals = dimensions + 2;
        method.maxStack = dimensions + 3;
        return method;
    }

    /** {@code if (count < 0) new int[count];} — the allocator raises the exception. */
    private static void checkCount(InsnList code, int local) {
        LabelNode ok = new LabelNode();
        code.add(new VarInsnNode(ILOAD, local));
        code.add(new JumpInsnNode(IFGE, ok));
        code.add(new VarInsnNode(ILOAD, local));
        code.add(new IntInsnNode(NEWARRAY, T_INT));
        code.add(new InsnNode(POP));
        code.add(ok);
    }

    /** {@code newarray}/{@code anewarray} creating an array whose elements are {@code component}. */
    private static AbstractInsnNode newArray(String component) {
        Type type = Type.getType(component);
        return switch (type.getSort()) {
            case Type.OBJECT -> new TypeInsnNode(ANEWARRAY, type.getInternalName());
            case Type.ARRAY -> new TypeInsnNode(ANEWARRAY, component);
            case Type.BOOLEAN -> new IntInsnNode(NEWARRAY, T_BOOLEAN);
            case Type.CHAR -> new IntInsnNode(NEWARRAY, T_CHAR);
            case Type.FLOAT -> new IntInsnNode(NEWARRAY, T_FLOAT);
            case Type.DOUBLE -> new IntInsnNode(NEWARRAY, T_DOUBLE);
            case Type.BYTE -> new IntInsnNode(NEWARRAY, T_BYTE);
            case Type.SHORT -> new IntInsnNode(NEWARRAY, T_SHORT);
            case Type.INT -> new IntInsnNode(NEWARRAY, T_INT);
            default -> new IntInsnNode(NEWARRAY, T_LONG);
        };
    }
}
