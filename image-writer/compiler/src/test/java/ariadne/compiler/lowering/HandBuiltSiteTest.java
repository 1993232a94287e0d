package ariadne.compiler.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.objectweb.asm.Opcodes.*;

import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Call sites javac does not write but the metafactory accepts: an implementation returning a plain
 * reference where the interface returns a primitive is unboxed through {@code Number} (or the
 * wrapper, for char and boolean). HotSpot's metafactory is the oracle.
 */
class HandBuiltSiteTest {
    private static final Handle METAFACTORY = new Handle(H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory",
            "metafactory", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
            + "Ljava/lang/invoke/CallSite;", false);

    @Test
    void referenceResultsUnboxThroughNumberOrTheWrapper() throws Exception {
        Map<String, byte[]> original = Map.of("p/Hand", handClass());
        Map<String, byte[]> lowered = InvokeDynamicLowering.lower("demo", original, Map.of());
        String expected = ProgramRunner.run(original, "p/Hand");
        assertEquals("7\n7.0\ntrue\n", expected);
        assertEquals(expected, ProgramRunner.run(lowered, "p/Hand"));
    }

    /** {@code p.Hand}: {@code seven()} and {@code yes()} return Objects; main prints them through primitive suppliers. */
    private static byte[] handClass() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(V17, ACC_PUBLIC, "p/Hand", null, "java/lang/Object", null);
        objectMethod(writer, "seven", code -> {
            code.visitIntInsn(BIPUSH, 7);
            code.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
        });
        objectMethod(writer, "yes", code -> code.visitFieldInsn(GETSTATIC, "java/lang/Boolean", "TRUE",
                "Ljava/lang/Boolean;"));
        MethodVisitor main = writer.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        main.visitCode();
        print(main, "java/util/function/IntSupplier", "getAsInt", "I", "seven");
        print(main, "java/util/function/DoubleSupplier", "getAsDouble", "D", "seven");
        print(main, "java/util/function/BooleanSupplier", "getAsBoolean", "Z", "yes");
        main.visitInsn(RETURN);
        main.visitMaxs(0, 0);
        main.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** A static method {@code name()Object} returning what {@code push} leaves on the stack. */
    private static void objectMethod(ClassWriter writer, String name, Consumer<MethodVisitor> push) {
        MethodVisitor code = writer.visitMethod(ACC_STATIC, name, "()Ljava/lang/Object;", null, null);
        code.visitCode();
        push.accept(code);
        code.visitInsn(ARETURN);
        code.visitMaxs(0, 0);
        code.visitEnd();
    }

    /** {@code System.out.println(((Itf) indy).method())} with {@code p.Hand.impl} as implementation. */
    private static void print(MethodVisitor main, String itf, String method, String result, String impl) {
        Type sam = Type.getMethodType("()" + result);
        main.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
        main.visitInvokeDynamicInsn(method, "()L" + itf + ";", METAFACTORY, sam,
                new Handle(H_INVOKESTATIC, "p/Hand", impl, "()Ljava/lang/Object;", false), sam);
        main.visitMethodInsn(INVOKEINTERFACE, itf, method, "()" + result, true);
        main.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", "(" + result + ")V", false);
    }
}
