package ariadne.compiler;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorReportTest {
    @Test
    void everyUnsupportedConstructIsReportedWithFileAndLine() {
        List<String> errors = CellFixture.errors(false, Map.of("p.Bad", """
                package p;
                class Bad {
                    static double rem(double a, double b) {
                        return a % b;
                    }
                    static Runnable lambda() {
                        return () -> { };
                    }
                }
                """));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Cell test: p/Bad.java:4: bytecode drem is not supported"), errors.get(0));
        assertTrue(errors.get(1).startsWith("Cell test: p/Bad.java:7: invokedynamic is not supported"), errors.get(1));
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
