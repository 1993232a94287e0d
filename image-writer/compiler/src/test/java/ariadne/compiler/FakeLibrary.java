package ariadne.compiler;

import static org.objectweb.asm.Opcodes.*;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * A tiny stand-in for the dialect's java.base, generated with ASM: java.lang.Object (a
 * constructor and virtual hashCode/equals/toString) and a final java.lang.String whose
 * characters are a {@code char[] value}.
 */
public final class FakeLibrary {
    private FakeLibrary() {
    }

    public static Map<String, byte[]> javaBase() {
        Map<String, byte[]> classes = new HashMap<>();
        classes.put("java/lang/Object", object());
        classes.put("java/lang/String", string());
        return classes;
    }

    private static byte[] object() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC, "java/lang/Object", null, null, null);
        emptyMethod(cw, ACC_PUBLIC, "<init>", "()V");
        abstractLike(cw, "hashCode", "()I");
        abstractLike(cw, "equals", "(Ljava/lang/Object;)Z");
        abstractLike(cw, "toString", "()Ljava/lang/String;");
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static byte[] string() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL, "java/lang/String", null, "java/lang/Object", null);
        cw.visitField(ACC_PRIVATE | ACC_FINAL, "value", "[C", null, null).visitEnd();
        cw.visitField(ACC_PRIVATE, "hash", "I", null, null).visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void emptyMethod(ClassWriter cw, int access, String name, String desc) {
        MethodVisitor mv = cw.visitMethod(access, name, desc, null, null);
        mv.visitCode();
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Library classes are read without code, so a native declaration is as good as a body. */
    private static void abstractLike(ClassWriter cw, String name, String desc) {
        cw.visitMethod(ACC_PUBLIC | ACC_NATIVE, name, desc, null, null).visitEnd();
    }
}
