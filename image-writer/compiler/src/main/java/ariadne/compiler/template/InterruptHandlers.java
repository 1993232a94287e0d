package ariadne.compiler.template;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Methods annotated {@code @ariadne.magic.InterruptHandler(vector = n)}: the CPU enters them
 * through the IDT, so they get an interrupt entry and exit instead of the Java prologue and
 * epilogue (docs/ABI.md, "Interrupt handlers"). Only a static {@code void} method taking
 * nothing or the frame's {@code Address} can be one.
 */
public final class InterruptHandlers {
    static final String ANNOTATION = "Lariadne/magic/InterruptHandler;";
    private static final String FRAME_ONLY = "(Lariadne/magic/Address;)V";
    private static final String NO_ARGUMENTS = "()V";

    private InterruptHandlers() {
    }

    /** The vector of an interrupt handler, or empty for an ordinary method. */
    static OptionalInt vectorOf(MethodNode method) {
        List<AnnotationNode> annotations = new ArrayList<>();
        if (method.visibleAnnotations != null) {
            annotations.addAll(method.visibleAnnotations);
        }
        if (method.invisibleAnnotations != null) {
            annotations.addAll(method.invisibleAnnotations);
        }
        for (AnnotationNode annotation : annotations) {
            if (annotation.desc.equals(ANNOTATION) && annotation.values != null) {
                for (int i = 0; i + 1 < annotation.values.size(); i += 2) {
                    if (annotation.values.get(i).equals("vector")) {
                        return OptionalInt.of((Integer) annotation.values.get(i + 1));
                    }
                }
            }
        }
        return OptionalInt.empty();
    }

    /** Why {@code method} cannot be a handler at {@code vector}, or null if it can. */
    static String problem(MethodNode method, int vector) {
        if ((method.access & Opcodes.ACC_STATIC) == 0) {
            return "@InterruptHandler method " + method.name + " must be static";
        }
        if (!method.desc.equals(NO_ARGUMENTS) && !method.desc.equals(FRAME_ONLY)) {
            return "@InterruptHandler method " + method.name + " must be void and take nothing or the frame's Address, not "
                    + method.desc;
        }
        if (vector < 0 || vector > 255) {
            return "@InterruptHandler method " + method.name + ": vector " + vector + " is not 0-255";
        }
        return null;
    }

    /** The CPU pushes an error code for these vectors only (#DF, #TS, #NP, #SS, #GP, #PF, #AC, #CP, #VC, #SX). */
    public static boolean cpuPushesErrorCode(int vector) {
        return switch (vector) {
            case 8, 10, 11, 12, 13, 14, 17, 21, 29, 30 -> true;
            default -> false;
        };
    }
}
