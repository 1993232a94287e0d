package ariadne.compiler.template;

import java.util.Arrays;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Where each JVM local variable lives. Arguments (receiver first) stay where the caller pushed
 * them, one slot each even for long/double; every other JVM local index gets a slot of its own
 * in the callee's frame. Both are numbered here; the emitter turns the numbers into addresses.
 */
public final class FrameLayout {
    private static final int NONE = -1;

    private final int argumentCount;
    private final int[] argumentPosition;
    private final int[] localSlot;
    private final int localSlotCount;
    private final boolean receiverFixed;

    private FrameLayout(int argumentCount, int[] argumentPosition, int[] localSlot, int localSlotCount,
                        boolean receiverFixed) {
        this.argumentCount = argumentCount;
        this.argumentPosition = argumentPosition;
        this.localSlot = localSlot;
        this.localSlotCount = localSlotCount;
        this.receiverFixed = receiverFixed;
    }

    public static FrameLayout of(MethodNode method) {
        boolean isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
        Type[] parameters = Type.getArgumentTypes(method.desc);
        int size = Math.max(method.maxLocals, argumentWords(isStatic, parameters));
        int[] argumentPosition = new int[size];
        int[] localSlot = new int[size];
        Arrays.fill(argumentPosition, NONE);
        Arrays.fill(localSlot, NONE);

        int index = 0;
        int position = 0;
        if (!isStatic) {
            argumentPosition[index++] = position++;
        }
        for (Type parameter : parameters) {
            argumentPosition[index] = position++;
            index += parameter.getSize();
        }
        int slots = 0;
        for (int i = 0; i < size; i++) {
            if (argumentPosition[i] == NONE) {
                localSlot[i] = slots++;
            }
        }
        return new FrameLayout(position, argumentPosition, localSlot, slots, !isStatic && !storesTo(method, 0));
    }

    private static boolean storesTo(MethodNode method, int jvmIndex) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof VarInsnNode local && local.var == jvmIndex && local.getOpcode() >= Opcodes.ISTORE
                    && local.getOpcode() <= Opcodes.ASTORE) {
                return true;
            }
            if (insn instanceof IincInsnNode increment && increment.var == jvmIndex) {
                return true;
            }
        }
        return false;
    }

    private static int argumentWords(boolean isStatic, Type[] parameters) {
        int words = isStatic ? 0 : 1;
        for (Type parameter : parameters) {
            words += parameter.getSize();
        }
        return words;
    }

    /** Number of argument slots the caller pushed (receiver included). */
    public int argumentCount() {
        return argumentCount;
    }

    /** Number of slots the callee reserves for non-argument locals. */
    public int localSlotCount() {
        return localSlotCount;
    }

    public boolean isArgument(int jvmIndex) {
        return argumentPosition[jvmIndex] != NONE;
    }

    /** Position 0..n-1 of the argument (receiver is 0) held in JVM local {@code jvmIndex}. */
    public int argumentPosition(int jvmIndex) {
        return argumentPosition[jvmIndex];
    }

    /**
     * Whether local 0 holds {@code this} throughout: an instance method that never stores to it.
     * Its value is then never null (the caller's call checked the receiver).
     */
    public boolean receiverFixed() {
        return receiverFixed;
    }

    /** Frame slot 0..k-1 of a non-argument JVM local. */
    public int localSlot(int jvmIndex) {
        return localSlot[jvmIndex];
    }
}
