package ariadne.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The qualifiers are OS code too: {@code qual/src} compiles with {@code javac --system none}
 * against a java.base that has little more than {@code java.lang.annotation}
 * ({@code src/test/resources/tiny-java-base}), so no host-only dependency has crept in.
 */
class QualifierSourcesTest {
    @TempDir
    Path out;

    @Test
    void qualifiersCompileAgainstATinyJavaBase() throws IOException {
        Path javaBase = out.resolve("java.base");
        assertEquals("", javac(List.of("--system", "none", "-d", javaBase.toString()),
                Path.of("src/test/resources/tiny-java-base")));
        assertEquals("", javac(List.of("--system", "none", "--module-path", out.toString(),
                "-d", out.resolve("qual").toString()), Path.of("qual/src")));
    }

    /** Compiles every source under {@code root}; returns javac's complaints, empty on success. */
    private static String javac(List<String> options, Path root) throws IOException {
        // An explicit class path: otherwise javac would see this test JVM's, Checker Framework included.
        List<String> arguments = new ArrayList<>(List.of("-classpath", root.toString()));
        arguments.addAll(options);
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> arguments.add(f.toString()));
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler()
                .run(null, errors, errors, arguments.toArray(String[]::new));
        return status == 0 ? "" : errors.toString(StandardCharsets.UTF_8);
    }
}
