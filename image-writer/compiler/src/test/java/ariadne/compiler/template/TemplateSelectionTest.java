package ariadne.compiler.template;

import static org.junit.jupiter.api.Assertions.*;

import ariadne.compiler.CellFixture;
import ariadne.compiler.FakeLibrary;
import ariadne.compiler.JavaSources;
import ariadne.compiler.frontend.ClassPool;
import ariadne.compiler.frontend.Diagnostics;
import ariadne.compiler.frontend.Hierarchy;
import ariadne.compiler.frontend.Layouts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** Which templates the driver picks for bytecode, independent of any instruction set. */
class TemplateSelectionTest {
    private static List<String> templates(String methodName, String body) {
        return templates("p/T", methodName, body);
    }

    private static List<String> templates(String className, String methodName, String body) {
        Map<String, byte[]> classes = JavaSources.compile(Map.of(
                "ariadne.magic.Address", CellFixture.MAGIC_STUBS,
                "p.T", "package p;\nimport ariadne.magic.Address;\nclass T {\n" + body + "\n}\n"));
        Map<String, byte[]> library = FakeLibrary.javaBase();
        library.put("ariadne/magic/Address", classes.remove("ariadne/magic/Address"));
        ClassPool pool = new ClassPool(classes.values(), library.values());
        Diagnostics diagnostics = new Diagnostics("test");
        CellContext cell = new CellContext(new Layouts(new Hierarchy(pool)), new LinkRequirements(), diagnostics, true);
        ClassNode owner = pool.cellClasses().stream().filter(c -> c.name.equals(className)).findFirst().orElseThrow();
        MethodNode method = owner.methods.stream().filter(m -> m.name.equals(methodName)).findFirst().orElseThrow();
        RecordingEmitter recorder = new RecordingEmitter();
        MethodCompiler.compile(cell, owner, method, recorder.emitter);
        assertEquals(List.of(), diagnostics.errors());
        return recorder.calls;
    }

    @Test
    void addressStoresAndLoadsTellTheOffsetFormsFromTheValueForms() {
        assertEquals(List.of("loadLocal(0)", "loadLocal(1)", "storeMemory(LONG, false)", "returnVoid()"),
                templates("store", "static void store(Address a, long value) { a.storeLong(value); }"));
        assertEquals(List.of("loadLocal(0)", "pushLong(8)", "loadLocal(1)", "storeMemory(LONG, true)", "returnVoid()"),
                templates("store", "static void store(Address a, long value) { a.storeLong(8L, value); }"));
        assertEquals(List.of("loadLocal(0)", "loadMemory(LONG, false)", "returnValue()"),
                templates("load", "static long load(Address a) { return a.loadLong(); }"));
        assertEquals(List.of("loadLocal(0)", "pushLong(16)", "loadMemory(LONG, true)", "returnValue()"),
                templates("load", "static long load(Address a) { return a.loadLong(16); }"));
    }

    @Test
    void stackShufflesCountValuesNotJvmWords() {
        // long[] a; a[i] = v duplicates value under (array, index): dup2_x2 on a long is one slot under two.
        assertTrue(templates("put", "static long put(long[] a, int i, long v) { return a[i] = v; }")
                .contains("duplicate(1, 2)"));
        assertTrue(templates("swapInts", "static int swapInts(int x) { int[] a = {x}; a[0] += x; return a[0]; }")
                .contains("duplicate(2, 0)"));
    }

    @Test
    void privateInterfaceMethodsAreCalledDirectly() {
        List<String> calls = templates("p/T$Helper", "reveal", """
                interface Helper {
                    private int secret() { return 42; }
                    default int reveal() { return secret(); }
                }""");
        assertEquals(List.of("loadLocal(0)", "nullCheck(0)", "callDirect(p.T$Helper.secret()I, 1, true)",
                "returnValue()"), calls);
    }

    @Test
    void switchesBecomeKeyTablesWithTheirDefault() {
        List<String> calls = templates("pick", """
                static int pick(int x) {
                    switch (x) { case 1: return 5; case 3: return 7; case 100: return 9; default: return 0; }
                }""");
        assertTrue(calls.get(1).startsWith("switchOnKey([1, 3, 100], "), calls.toString());
    }
}
