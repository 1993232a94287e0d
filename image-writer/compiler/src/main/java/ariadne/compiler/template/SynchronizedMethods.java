package ariadne.compiler.template;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Turns an {@code ACC_SYNCHRONIZED} method into the bytecode javac writes for a synchronized
 * statement (docs/ABI.md, "Monitors"): the lock ({@code this}, or the class object of a static
 * method) is kept in a fresh local and entered first; every return exits it first; a catch-all
 * handler, the method's outermost, exits it and rethrows, so an exception leaves the monitor free
 * and unwinds on unchanged (its stack trace was taken when it was made).
 */
public final class SynchronizedMethods {
    private SynchronizedMethods() {
    }

    /** Rewrites {@code method} in place if it is synchronized and has code; clears the flag. */
    public static void lower(String owner, MethodNode method) {
        if ((method.access & Opcodes.ACC_SYNCHRONIZED) == 0 || method.instructions.size() == 0) {
            return;
        }
        method.access &= ~Opcodes.ACC_SYNCHRONIZED;
        int lock = method.maxLocals++; // a copy: the method may store into local 0
        LabelNode start = new LabelNode();
        LabelNode end = new LabelNode();
        LabelNode handler = new LabelNode();

        for (AbstractInsnNode insn : method.instructions.toArray()) {
            int op = insn.getOpcode();
            if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) {
                method.instructions.insertBefore(insn, exit(lock));
            }
        }
        InsnList prologue = new InsnList();
        if ((method.access & Opcodes.ACC_STATIC) != 0) {
            prologue.add(new LdcInsnNode(Type.getObjectType(owner)));
        } else {
            prologue.add(new VarInsnNode(Opcodes.ALOAD, 0));
        }
        prologue.add(new InsnNode(Opcodes.DUP));
        prologue.add(new VarInsnNode(Opcodes.ASTORE, lock));
        prologue.add(new InsnNode(Opcodes.MONITORENTER));
        prologue.add(start);
        method.instructions.insert(prologue);

        method.instructions.add(end);
        method.instructions.add(handler);
        method.instructions.add(exit(lock));
        method.instructions.add(new InsnNode(Opcodes.ATHROW));
        method.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, null)); // last: inner handlers first
        method.maxStack = Math.max(method.maxStack + 1, 2); // the lock above a return value; exception and lock
    }

    private static InsnList exit(int lock) {
        InsnList exit = new InsnList();
        exit.add(new VarInsnNode(Opcodes.ALOAD, lock));
        exit.add(new InsnNode(Opcodes.MONITOREXIT));
        return exit;
    }
}
