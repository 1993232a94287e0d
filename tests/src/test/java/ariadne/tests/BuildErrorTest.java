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

    /** The build error names every fragment (file:line, the reason, the hint). */
    private static void assertMentions(BuildException e, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "no '" + fragment + "' in: " + e.getMessage());
        }
    }

    @Test
    void aJdkClassTheDialectLacksIsAJavacErrorAtItsUse() throws Exception {
        BuildException e = buildFails("""
                package bad;
                public class Main {
                    public static void main(String[] args) {
                        new java.util.BitSet().set(3);
                    }
                }
                """);
        assertMentions(e, "Cell program: bad/Main.java:4: cannot find symbol");
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
        assertMentions(e, "bad/Main.java:4:", "hint: java.lang.Thread is not supported", "Task.spawn");
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
        assertMentions(e, "bad/Main.java:4:", "bad/Main.java:5:", "hint: reflection is not supported");
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
        assertMentions(e, "bad/Main.java:2:", "hint: reflection is not supported");
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
        assertMentions(e, "bad/Main.java:4:", "declares finalize(): finalizers are not supported", "try-with-resources");
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
        assertMentions(e, "bad/Main.java:4:", "hint: regular expressions");
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
        assertMentions(e, "Cell program: bad/Main.java:5:", "privileged");
    }
}
