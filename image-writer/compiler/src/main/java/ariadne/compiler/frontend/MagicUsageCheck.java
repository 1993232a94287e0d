package ariadne.compiler.frontend;

import java.util.LinkedHashSet;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Rejects every reference to {@code ariadne.magic} in a cell that is not privileged: in field
 * and method signatures and in code. Ordinary cells are plain safe Java.
 */
public final class MagicUsageCheck {
    private static final String MAGIC_PACKAGE = "ariadne/magic/";

    private MagicUsageCheck() {
    }

    public static void check(String cellName, Iterable<ClassNode> classes, Diagnostics diagnostics) {
        String rule = "cell " + cellName + " is not privileged and may not use ariadne.magic";
        for (ClassNode node : classes) {
            String file = SourceLines.sourcePath(node);
            for (FieldNode field : node.fields) {
                if (mentionsMagic(field.desc)) {
                    diagnostics.error(file, rule + " (field " + field.name + " has type " + field.desc + ")");
                }
            }
            for (MethodNode method : node.methods) {
                checkMethod(node, method, rule, diagnostics);
            }
        }
    }

    private static void checkMethod(ClassNode node, MethodNode method, String rule, Diagnostics diagnostics) {
        SourceLines lines = new SourceLines(node, method);
        if (mentionsMagic(method.desc)) {
            AbstractInsnNode first = method.instructions.getFirst();
            diagnostics.error(first == null ? lines.sourcePath() : lines.location(first),
                    rule + " (method " + method.name + method.desc + ")");
        }
        Set<String> reported = new LinkedHashSet<>();
        for (AbstractInsnNode insn : method.instructions) {
            String reference = magicReference(insn);
            if (reference != null && reported.add(lines.location(insn) + reference)) {
                diagnostics.error(lines.location(insn), rule + " (uses " + reference + ")");
            }
        }
    }

    /** The magic type an instruction refers to, in Java form, or null. */
    private static String magicReference(AbstractInsnNode insn) {
        String text = null;
        if (insn instanceof MethodInsnNode call) {
            text = call.owner + " " + call.desc;
        } else if (insn instanceof FieldInsnNode field) {
            text = field.owner + " " + field.desc;
        } else if (insn instanceof TypeInsnNode type) {
            text = type.desc;
        } else if (insn instanceof MultiANewArrayInsnNode array) {
            text = array.desc;
        } else if (insn instanceof InvokeDynamicInsnNode indy) {
            text = indy.desc;
        } else if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof Type type) {
            text = type.getDescriptor();
        }
        if (text == null || !mentionsMagic(text)) {
            return null;
        }
        int start = text.indexOf(MAGIC_PACKAGE);
        int end = start;
        while (end < text.length() && (Character.isJavaIdentifierPart(text.charAt(end)) || text.charAt(end) == '/')) {
            end++;
        }
        return text.substring(start, end).replace('/', '.');
    }

    private static boolean mentionsMagic(String descriptorOrName) {
        return descriptorOrName.contains(MAGIC_PACKAGE);
    }
}
