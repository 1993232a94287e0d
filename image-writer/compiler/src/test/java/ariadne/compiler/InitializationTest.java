package ariadne.compiler;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InitializationTest {
    private static final Map<String, String> SOURCES = Map.of(
            "p.Config", """
                    package p;
                    interface Config {
                        int LIMIT = Main.compute(64);
                        default int limit() { return LIMIT; }
                    }
                    """,
            "p.Service", """
                    package p;
                    class Service implements Config {
                        static int created = Main.compute(1);
                    }
                    """,
            "p.Plain", """
                    package p;
                    class Plain extends Service {
                    }
                    """,
            "p.Main", """
                    package p;
                    public class Main {
                        static int calls = 0;
                        static int compute(int x) { calls++; return x; }
                        public static void main(String[] args) { new Plain().limit(); }
                    }
                    """);

    @Test
    void aClassGuardInitialisesItsSuperclassAndSuperinterfacesWithDefaultMethods() throws CompileException {
        CellFixture f = CellFixture.compile(false, SOURCES);
        assertEquals(List.of("clinit-state:p.Service", "p.Config.<clinit-guard>()V", "p.Service.<clinit>()V",
                "clinit-state:p.Service"), f.relocationTargets(".text.p.Service.<clinit-guard>()V"));
    }

    @Test
    void touchingAClassWithoutInitialiserRunsTheGuardsItWouldTrigger() throws CompileException {
        CellFixture f = CellFixture.compile(false, SOURCES);
        List<String> main = f.relocationTargets(".text.p.Main.main([Ljava/lang/String;)V");
        assertTrue(main.contains("p.Service.<clinit-guard>()V"), main.toString());
        assertFalse(main.contains("p.Plain.<clinit-guard>()V"));
    }

    @Test
    void mainInitialisesItsOwnClassBecauseNoCallerDoes() throws CompileException {
        CellFixture f = CellFixture.compile(false, SOURCES);
        List<String> main = f.relocationTargets(".text.p.Main.main([Ljava/lang/String;)V");
        assertEquals("clinit-state:p.Main", main.get(0));
        assertEquals("p.Main.<clinit-guard>()V", main.get(1));
        // compute() is in the class being run: no guard there.
        assertEquals(List.of("static:p.Main.calls", "static:p.Main.calls"),
                f.relocationTargets(".text.p.Main.compute(I)I"));
    }
}
