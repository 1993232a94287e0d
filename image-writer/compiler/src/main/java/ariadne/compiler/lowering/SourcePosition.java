package ariadne.compiler.lowering;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;

/** Names an instruction for error messages as {@code Cell X: File.java:line}. */
final class SourcePosition {
    private SourcePosition() {
    }

    static String of(String cellName, ClassNode owner, AbstractInsnNode insn) {
        String file = owner.sourceFile != null ? owner.sourceFile : owner.name + ".class";
        return "Cell " + cellName + ": " + file + ":" + lineOf(insn);
    }

    /** The line of the nearest line-number entry before the instruction, or 0 without debug info. */
    private static int lineOf(AbstractInsnNode insn) {
        for (AbstractInsnNode at = insn; at != null; at = at.getPrevious()) {
            if (at instanceof LineNumberNode line) {
                return line.line;
            }
        }
        return 0;
    }
}
