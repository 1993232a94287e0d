package ariadne.compiler;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorReportTest {
    @Test
    void unsupportedBytecodeIsReportedWithFileAndLine() throws CompileException {
        Map<String, byte[]> library = FakeLibrary.javaBase();
        CellSpec spec = new CellSpec("old", 1, false, List.of());
        CompileException e = assertThrows(CompileException.class,
                () -> CellCompiler.compile(spec, Map.of("p/Old", classWithSubroutine()), library));
        String advice = " (subroutines) is not supported; compile with a javac that does not emit jsr/ret";
        assertEquals(List.of("Cell old: p/Old.java:12: bytecode jsr" + advice,
                "Cell old: p/Old.java:12: bytecode ret" + advice), e.errors());
    }

    /** A Java 1.4-style class whose method calls a subroutine (jsr) at line 12. */
    private static byte[] classWithSubroutine() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V1_4, Opcodes.ACC_PUBLIC, "p/Old", null, "java/lang/Object", null);
        cw.visitSource("Old.java", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "run", "()V", null, null);
        mv.visitCode();
        Label line = new Label();
        Label subroutine = new Label();
        mv.visitLabel(line);
        mv.visitLineNumber(12, line);
        mv.visitJumpInsn(Opcodes.JSR, subroutine);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitLabel(subroutine);
        mv.visitVarInsn(Opcodes.ASTORE, 0);
        mv.visitVarInsn(Opcodes.RET, 0);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    @Test
    void allErrorsOfACellAreReportedNotJustTheFirst() {
        List<String> errors = CellFixture.errors(false, Map.of("p.Two", """
                package p;
                class Two {
                    static int a() {
                        return Math.abs(-1);
                    }
                    static long b() {
                        return System.nanoTime();
                    }
                }
                """));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Cell test: p/Two.java:4: class java.lang.Math"), errors.get(0));
        assertTrue(errors.get(1).startsWith("Cell test: p/Two.java:7: class java.lang.System"), errors.get(1));
    }

    @Test
    void unresolvableReferencesNameWhatIsMissing() {
        List<String> errors = CellFixture.errors(false, Map.of("p.Missing", """
                package p;
                class Missing {
                    static int abs(int x) {
                        return Math.abs(x);
                    }
                }
                """));
        assertEquals(List.of("Cell test: p/Missing.java:4: class java.lang.Math is neither in this cell"
                + " nor in a cell it depends on"), errors);
    }

    @Test
    void unprivilegedCellsMayNotTouchMagic() {
        List<String> errors = CellFixture.errors(false, Map.of(
                "ariadne.magic.Address", CellFixture.MAGIC_STUBS,
                "p.Sneaky", """
                        package p;
                        import ariadne.magic.Address;
                        class Sneaky {
                            static long peek() {
                                return Address.fromLong(0x1000).toLong();
                            }
                        }
                        """));
        assertFalse(errors.isEmpty());
        assertTrue(errors.get(0).startsWith(
                "Cell test: p/Sneaky.java:5: cell test is not privileged and may not use ariadne.magic"), errors.get(0));
    }

    @Test
    void anAddressMayNotFlowIntoAnObjectSlot() {
        List<String> errors = CellFixture.errors(true, Map.of(
                "ariadne.magic.Address", CellFixture.MAGIC_STUBS,
                "p.Leak", """
                        package p;
                        import ariadne.magic.Address;
                        class Leak {
                            static Object field;
                            static void keep(Object o) { }
                            static Object leak() {
                                Address a = Address.zero();
                                keep(a);
                                field = a;
                                Object[] array = new Object[1];
                                array[0] = a;
                                return a;
                            }
                        }
                        """));
        assertEquals(4, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Cell test: p/Leak.java:8: an unboxed ariadne.magic.Address flows into"
                + " argument 1 of p.Leak.keep of type java.lang.Object"), errors.get(0));
        assertTrue(errors.get(1).startsWith("Cell test: p/Leak.java:9:"), errors.get(1));
        assertTrue(errors.get(2).startsWith("Cell test: p/Leak.java:11:"), errors.get(2));
        assertTrue(errors.get(3).startsWith("Cell test: p/Leak.java:12:"), errors.get(3));
    }
}
