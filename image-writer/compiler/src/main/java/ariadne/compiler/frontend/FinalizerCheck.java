package ariadne.compiler.frontend;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Rejects finalizers: the dialect has no collector that would call {@code finalize()}, so a class
 * declaring one would compile and silently never run it. The check reads bytecode because javac
 * accepts such a method when it does not say {@code @Override}.
 */
public final class FinalizerCheck {
    static final String HINT = "finalizers are not supported (nothing would ever call finalize()):"
            + " release resources explicitly, e.g. implement AutoCloseable and use try-with-resources";

    private FinalizerCheck() {
    }

    public static void check(Iterable<ClassNode> classes, Diagnostics diagnostics) {
        for (ClassNode node : classes) {
            for (MethodNode method : node.methods) {
                if (isFinalizer(method)) {
                    SourceLines lines = new SourceLines(node, method);
                    AbstractInsnNode first = firstLine(method);
                    diagnostics.error(first == null ? lines.sourcePath() : lines.location(first),
                            "class " + node.name.replace('/', '.') + " declares finalize(): " + HINT);
                }
            }
        }
    }

    private static boolean isFinalizer(MethodNode method) {
        return method.name.equals("finalize") && method.desc.equals("()V")
                && (method.access & Opcodes.ACC_STATIC) == 0;
    }

    /** The first instruction that has a line number, so the error names the finalizer's body. */
    private static AbstractInsnNode firstLine(MethodNode method) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() >= 0) {
                return insn;
            }
        }
        return null;
    }
}
