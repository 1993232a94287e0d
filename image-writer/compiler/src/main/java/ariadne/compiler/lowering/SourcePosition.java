package ariadne.compiler.lowering;

import ariadne.compiler.frontend.SourceLines;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;

/** Where an instruction is: {@code Cell X: pkg/File.java:line} for error messages, and line-number entries. */
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

    /** {@code Cell X: pkg/File.java:line}, the form the compiler's own errors take (no line if unknown). */
    static String of(String cellName, ClassNode owner, AbstractInsnNode insn) {
        int line = lineOf(insn);
        return "Cell " + cellName + ": " + SourceLines.sourcePath(owner) + (line > 0 ? ":" + line : "");
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
