package ariadne.compiler.template;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Static methods entered from outside compiled Java call sites (the boot trampoline, a program's
 * {@code main} through the kernel's link-time alias, runtime helpers the compiler calls). No
 * caller ran their class's initialisation guard, so they run it themselves on entry.
 */
final class EntryPoints {
    private static final String ENTRYPOINT = "Lariadne/magic/Entrypoint;";

    private EntryPoints() {
    }

    static boolean isEntryPoint(MethodNode method) {
        if ((method.access & Opcodes.ACC_STATIC) == 0 || method.name.startsWith("<")) {
            return false;
        }
        if (method.name.equals("main") && method.desc.equals("([Ljava/lang/String;)V")) {
            return true;
        }
        List<AnnotationNode> annotations = new ArrayList<>();
        if (method.visibleAnnotations != null) {
            annotations.addAll(method.visibleAnnotations);
        }
        if (method.invisibleAnnotations != null) {
            annotations.addAll(method.invisibleAnnotations);
        }
        return annotations.stream().anyMatch(a -> a.desc.equals(ENTRYPOINT));
    }
}
