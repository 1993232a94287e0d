package ariadne.compiler.frontend;

import java.util.IdentityHashMap;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/** Source positions of a method's instructions, from its LineNumberTable. */
public final class SourceLines {
    private final String sourcePath;
    private final Map<AbstractInsnNode, Integer> lineOf = new IdentityHashMap<>();

    public SourceLines(ClassNode owner, MethodNode method) {
        this.sourcePath = sourcePath(owner);
        int line = 0;
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof LineNumberNode number) {
                line = number.line;
            }
            lineOf.put(insn, line);
        }
    }

    /** {@code pkg/Foo.java} from the class's package and SourceFile attribute. */
    public static String sourcePath(ClassNode owner) {
        int slash = owner.name.lastIndexOf('/');
        String pkg = slash < 0 ? "" : owner.name.substring(0, slash + 1);
        String file = owner.sourceFile != null ? owner.sourceFile : owner.name.substring(slash + 1) + ".class";
        return pkg + file;
    }

    public String sourcePath() {
        return sourcePath;
    }

    /** Line of the instruction, 0 if the method has no line information. */
    public int line(AbstractInsnNode insn) {
        return lineOf.getOrDefault(insn, 0);
    }

    /** {@code pkg/Foo.java:12} (or without the line if it is not known). */
    public String location(AbstractInsnNode insn) {
        int line = line(insn);
        return line > 0 ? sourcePath + ":" + line : sourcePath;
    }
}
