package ariadne.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ariadne.imagewriter.BuildException;
import ariadne.tests.image.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the dialect does not allow fails the build with cell, file, line and reason, and builds nothing. */
class BuildErrorTest {
    @TempDir
    Path sources;

    private BuildException buildFails(String program) throws Exception {
        Files.createDirectories(sources.resolve("bad"));
        Files.writeString(sources.resolve("bad/Main.java"), program);
        return assertThrows(BuildException.class, () -> TestImages.buildProgram(sources, "bad.Main"));
    }

    @Test
    void aJdkClassTheDialectLacksIsAJavacErrorAtItsUse() throws Exception {
        BuildException e = buildFails("""
                package bad;
                public class Main {
                    public static void main(String[] args) {
                        new Thread().start();
                    }
                }
                """);
        assertTrue(e.getMessage().contains("Cell program: bad/Main.java:4: cannot find symbol"), e.getMessage());
    }

    @Test
    void threadsFailWithTheirLineAndWhatToUseInstead() throws Exception {
        BuildException e = buildFails("""
                package bad;
                public class Main {
                    public static void main(String[] args) throws Exception {
                        Thread.sleep(10);
                    }
                }
                """);
        assertTrue(e.getMessage().contains("bad/Main.java:4:"), e.getMessage());
        assertTrue(e.getMessage().contains("hint: java.lang.Thread is not supported"), e.getMessage());
        assertTrue(e.getMessage().contains("Task.spawn"), e.getMessage());
    }

    @Test
    void reflectionFailsWithItsLineAndAHint() throws Exception {
        BuildException e = buildFails("""
                package bad;
                public class Main {
                    public static void main(String[] args) throws Exception {
                        Class<?> c = Class.forName("bad.Main");
                        System.out.println(c.getDeclaredMethod("main", String[].class));
                    }
                }
                """);
        assertTrue(e.getMessage().contains("bad/Main.java:4:"), e.getMessage());
        assertTrue(e.getMessage().contains("bad/Main.java:5:"), e.getMessage());
        assertTrue(e.getMessage().contains("hint: reflection is not supported"), e.getMessage());
    }

    @Test
    void reflectionPackageImportGetsTheHintToo() throws Exception {
        BuildException e = buildFails("""
                package bad;
                import java.lang.reflect.Method;
                public class Main {
                    public static void main(String[] args) {
                    }
                }
                """);
        assertTrue(e.getMessage().contains("bad/Main.java:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("hint: reflection is not supported"), e.getMessage());
    }

    @Test
    void aFinalizerIsRejectedAtItsLineThoughJavacAcceptsIt() throws Exception {
        BuildException e = buildFails("""
                package bad;
                public class Main {
                    protected void finalize() {
                        System.out.println("never called");
                    }
                    public static void main(String[] args) {
                        new Main();
                    }
                }
                """);
        assertTrue(e.getMessage().contains("bad/Main.java:4:"), e.getMessage());
        assertTrue(e.getMessage().contains("declares finalize(): finalizers are not supported"), e.getMessage());
        assertTrue(e.getMessage().contains("try-with-resources"), e.getMessage());
    }

    @Test
    void regularExpressionsFailWithAHint() throws Exception {
        BuildException e = buildFails("""
                package bad;
                public class Main {
                    public static void main(String[] args) {
                        System.out.println("a,b".split(",").length);
                    }
                }
                """);
        assertTrue(e.getMessage().contains("bad/Main.java:4:"), e.getMessage());
        assertTrue(e.getMessage().contains("hint: regular expressions"), e.getMessage());
    }

    @Test
    void magicInAnUnprivilegedCellIsRejectedByTheCompiler() throws Exception {
        BuildException e = buildFails("""
                package bad;
                import ariadne.magic.Address;
                public class Main {
                    public static void main(String[] args) {
                        long x = Address.fromLong(8).loadLong();
                        System.out.println(x);
                    }
                }
                """);
        assertTrue(e.getMessage().contains("Cell program: bad/Main.java:5:"), e.getMessage());
        assertTrue(e.getMessage().contains("privileged"), e.getMessage());
    }
}
