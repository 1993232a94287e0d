package ariadne.compiler.lowering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ariadne.compiler.JavaSources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import java.util.stream.StreamSupport;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

class LoweringResultTest {
    private static final String SOURCE = """
            package t;
            import java.util.function.*;
            public class Main {
                static class Inner { Supplier<String> s = () -> "inner"; }
                public static void main(String[] args) {
                    Runnable a = () -> { };
                    IntSupplier b = () -> 1;
                    Supplier<String> c = new Inner().s;
                }
            }
            """;

    @Test
    void generatedClassesAreNumberedPerHostInCallSiteOrderAndJoinTheNest() throws Exception {
        Map<String, byte[]> original = JavaSources.compile(Map.of("t.Main", SOURCE));
        Map<String, byte[]> lowered = InvokeDynamicLowering.lower("demo", original, Map.of());
        assertEquals(List.of("t/Main", "t/Main$Inner", "t/Main$$Lambda$0", "t/Main$$Lambda$1",
                "t/Main$Inner$$Lambda$0"), List.copyOf(lowered.keySet()));
        assertEquals(List.of("t/Main$Inner", "t/Main$$Lambda$0", "t/Main$$Lambda$1", "t/Main$Inner$$Lambda$0"),
                read(lowered.get("t/Main")).nestMembers);
        assertEquals("t/Main", read(lowered.get("t/Main$Inner$$Lambda$0")).nestHostClass);
    }

    @Test
    void generatedMethodsReportTheCallSiteLine() throws Exception {
        Map<String, byte[]> lowered = InvokeDynamicLowering.lower("demo",
                JavaSources.compile(Map.of("t.Main", SOURCE)), Map.of());
        MethodNode get = read(lowered.get("t/Main$$Lambda$1")).methods.stream()
                .filter(m -> m.name.equals("getAsInt")).findFirst().orElseThrow();
        LineNumberNode line = (LineNumberNode) StreamSupport.stream(get.instructions.spliterator(), false)
                .filter(LineNumberNode.class::isInstance).findFirst().orElseThrow();
        assertEquals(7, line.line);
    }

    @Test
    void loweringIsDeterministic() throws Exception {
        Map<String, byte[]> original = JavaSources.compile(Map.of("t.Main", SOURCE));
        Map<String, byte[]> first = InvokeDynamicLowering.lower("demo", original, Map.of());
        Map<String, byte[]> second = InvokeDynamicLowering.lower("demo", original, Map.of());
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
    }

    @Test
    void otherBootstrapsAreErrorsNamingCellFileAndLine() {
        Map<String, byte[]> classes = Map.of("p/Bad", classWithCallSites(
                new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory", "makeConcatWithConstants",
                        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                                + "Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false), 42,
                new Handle(Opcodes.H_INVOKESTATIC, "java/lang/runtime/SwitchBootstraps", "typeSwitch",
                        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                                + "[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false), 57));
        LoweringException e = assertThrows(LoweringException.class,
                () -> InvokeDynamicLowering.lower("demo", classes, Map.of()));
        assertEquals(List.of(
                "Cell demo: p/Bad.java:42: string concatenation through invokedynamic: compile the cell with"
                        + " -XDstringConcat=inline",
                "Cell demo: p/Bad.java:57: invokedynamic with bootstrap java.lang.runtime.SwitchBootstraps.typeSwitch"
                        + " is not supported (only lambdas, method references and records are)"), e.errors());
    }

    /** A class {@code p.Bad} (from Bad.java) whose method {@code site} has one call site per bootstrap at a line. */
    private static byte[] classWithCallSites(Handle first, int firstLine, Handle second, int secondLine) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "p/Bad", null, "java/lang/Object", null);
        writer.visitSource("Bad.java", null);
        MethodVisitor code = writer.visitMethod(Opcodes.ACC_STATIC, "site", "()V", null, null);
        code.visitCode();
        callSite(code, first, firstLine);
        callSite(code, second, secondLine);
        code.visitInsn(Opcodes.RETURN);
        code.visitMaxs(0, 0);
        code.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static void callSite(MethodVisitor code, Handle bootstrap, int line) {
        Label here = new Label();
        code.visitLabel(here);
        code.visitLineNumber(line, here);
        code.visitInvokeDynamicInsn("site", "()Ljava/lang/Object;", bootstrap);
        code.visitInsn(Opcodes.POP);
    }

    private static ClassNode read(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        return node;
    }
}
