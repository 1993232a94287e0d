package ariadne.checker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/** The test stand-ins for other cells (the task API, a cell {@code other}), compiled once per run. */
final class Stubs {
    static final Path RESOURCES = Path.of("src/test/resources/ownership");

    private static Path classes;

    private Stubs() {}

    static synchronized Path classes() {
        if (classes == null) {
            classes = compile();
        }
        return classes;
    }

    private static Path compile() {
        try {
            Path out = Files.createTempDirectory("ownership-stubs");
            List<String> arguments = new ArrayList<>(List.of(
                    "-d", out.toString(), "-classpath", CheckRequest.join(CheckerClasspath.qualifiers())));
            try (Stream<Path> files = Files.walk(RESOURCES.resolve("stubs"))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> arguments.add(f.toString()));
            }
            if (ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("the test stubs do not compile");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CheckRequest requestFor(Path source) {
        return new CheckRequest(List.of(source), List.of(classes()), "demo", List.of("demo"));
    }
}
