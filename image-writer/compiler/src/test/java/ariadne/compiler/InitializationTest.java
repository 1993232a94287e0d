package ariadne.compiler;

import static org.junit.jupiter.api.Assertions.*;

import ariadne.compiler.abi.RuntimeEntry;
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
        List<String> guard = f.relocationTargets(".text.p.Service.<clinit-guard>()V");
        assertEquals("clinit-state:p.Service", guard.get(0));
        int prerequisite = guard.indexOf("p.Config.<clinit-guard>()V");
        int initializer = guard.indexOf("p.Service.<clinit>()V");
        assertTrue(prerequisite > 0 && prerequisite < initializer, guard.toString());
    }

    @Test
    void aFailedInitialisationMarksTheClassErroneousThroughTheRuntime() throws CompileException {
        CellFixture f = CellFixture.compile(false, SOURCES);
        List<String> guard = f.relocationTargets(".text.p.Service.<clinit-guard>()V");
        // A state other than done goes to the runtime first (waits for another task's initialisation,
        // NoClassDefFoundError for an erroneous class), and it is told when the initialisation ends.
        int begin = guard.indexOf(RuntimeEntry.CLASS_INIT_BEGIN.symbol());
        assertTrue(begin > 0 && begin < guard.indexOf("p.Service.<clinit>()V"), guard.toString());
        assertTrue(guard.lastIndexOf(RuntimeEntry.CLASS_INIT_END.symbol()) > guard.indexOf("p.Service.<clinit>()V"),
                guard.toString());
        // What <clinit> throws goes to the runtime (ExceptionInInitializerError unless an Error), then raised.
        int failed = guard.indexOf(RuntimeEntry.INITIALIZER_FAILED.symbol());
        assertTrue(failed > guard.indexOf("p.Service.<clinit>()V"), guard.toString());
        assertTrue(guard.subList(failed, guard.size()).contains(RuntimeEntry.RAISE.symbol()), guard.toString());
        assertTrue(guard.contains("type:p.Service"), guard.toString());
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
