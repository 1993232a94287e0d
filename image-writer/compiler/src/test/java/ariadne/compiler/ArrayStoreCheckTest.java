package ariadne.compiler;

import static org.junit.jupiter.api.Assertions.*;

import ariadne.compiler.abi.RuntimeEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reference-array stores are type-checked at run time (ArrayStoreException); primitive ones are not. */
class ArrayStoreCheckTest {
    private static final Map<String, String> SOURCES = Map.of("p.Stores", """
            package p;
            class Stores {
                static void references(Object[] array, Object value) { array[0] = value; }
                static void ints(int[] array, int value) { array[0] = value; }
            }
            """);

    @Test
    void referenceStoresAskTheSubtypeTestAndRaiseArrayStoreException() throws CompileException {
        CellFixture f = CellFixture.compile(false, SOURCES);
        List<String> targets = f.relocationTargets(".text.p.Stores.references([Ljava/lang/Object;Ljava/lang/Object;)V");
        assertTrue(targets.contains(RuntimeEntry.IS_ASSIGNABLE.symbol()), targets.toString());
        assertTrue(targets.contains(RuntimeEntry.ARRAY_STORE.symbol()), targets.toString());
    }

    @Test
    void primitiveStoresHaveNoStoreCheck() throws CompileException {
        CellFixture f = CellFixture.compile(false, SOURCES);
        List<String> targets = f.relocationTargets(".text.p.Stores.ints([II)V");
        assertFalse(targets.contains(RuntimeEntry.IS_ASSIGNABLE.symbol()), targets.toString());
        assertFalse(targets.contains(RuntimeEntry.ARRAY_STORE.symbol()), targets.toString());
        assertTrue(targets.contains(RuntimeEntry.ARRAY_INDEX.symbol()), targets.toString());
    }
}
