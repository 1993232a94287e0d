package ariadne.compiler.lowering;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;

/** Where an instruction is: {@code Cell X: File.java:line} for error messages, and line-number entries. */
final class SourcePosition {
    private SourcePosition() {
    }

    /** Tags the code {@code method} emits next with {@code line}, so generated code reports its call site. */
    static void mark(MethodVisitor method, int line) {
        if (line > 0) {
            Label start = new Label();
            method.visitLabel(start);
            method.visitLineNumber(line, start);
        }
    }

    static String of(String cellName, ClassNode owner, AbstractInsnNode insn) {
        String file = owner.sourceFile != null ? owner.sourceFile : owner.name + ".class";
        return "Cell " + cellName + ": " + file + ":" + lineOf(insn);
    }

    /** The line of the nearest line-number entry before the instruction, or 0 without debug info. */
    static int lineOf(AbstractInsnNode insn) {
        for (AbstractInsnNode at = insn; at != null; at = at.getPrevious()) {
            if (at instanceof LineNumberNode line) {
                return line.line;
            }
        }
        return 0;
    }
}
