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
