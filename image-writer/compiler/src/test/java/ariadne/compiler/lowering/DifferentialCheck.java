package ariadne.compiler.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ariadne.compiler.JavaSources;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The host JVM as oracle: a program compiled by javac prints the same with its invokedynamic
 * call sites (run by HotSpot's bootstraps) and with them lowered (run as plain bytecode).
 */
final class DifferentialCheck {
    private DifferentialCheck() {
    }

    /** Compiles {@code source} as class {@code t.Main}, checks both runs agree, and returns the output. */
    static String agree(String source) throws Exception {
        Map<String, byte[]> original = JavaSources.compile(Map.of("t.Main", source));
        assertTrue(hasInvokeDynamic(original), "the program should exercise invokedynamic");
        Map<String, byte[]> lowered = InvokeDynamicLowering.lower("demo", original, Map.of());
        assertFalse(hasInvokeDynamic(lowered), "invokedynamic left after lowering");
        String expected = ProgramRunner.run(original, "t/Main");
        assertEquals(expected, ProgramRunner.run(lowered, "t/Main"));
        return expected;
    }

    static boolean hasInvokeDynamic(Map<String, byte[]> classes) {
        for (byte[] bytes : classes.values()) {
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, 0);
            for (MethodNode method : node.methods) {
                for (var insn : method.instructions) {
                    if (insn.getOpcode() == Opcodes.INVOKEDYNAMIC) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
