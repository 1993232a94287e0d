package ariadne.tests.conformance;

import ariadne.tests.image.TestImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the suite's programs: every folder under {@code tests/conformance} with a {@code Main.java}. */
final class ConformancePrograms {
    private ConformancePrograms() {
    }

    static Path suiteRoot() {
        return TestImages.repositoryRoot().resolve("tests").resolve("conformance");
    }

    /** Sorted by name, so the dynamic tests always come in the same order. */
    static List<ConformanceProgram> all() {
        try (Stream<Path> folders = Files.list(suiteRoot())) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("Main.java")))
                    .map(folder -> new ConformanceProgram(folder.getFileName().toString(), folder))
                    .sorted(Comparator.comparing(ConformanceProgram::name))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + suiteRoot(), e);
        }
    }
}
