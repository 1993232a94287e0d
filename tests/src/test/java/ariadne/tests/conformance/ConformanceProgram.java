package ariadne.tests.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One program of the differential suite: the folder {@code tests/conformance/<name>/} holding
 * {@code conformance.<name>.Main}. A program that ends on purpose with a non-zero status says so
 * in a one-line {@code exit-status} file next to its sources.
 */
record ConformanceProgram(String name, Path sourceDir) {
    static final String EXIT_STATUS_FILE = "exit-status";

    String mainClass() {
        return "conformance." + name + ".Main";
    }

    int expectedExitStatus() {
        Path declared = sourceDir.resolve(EXIT_STATUS_FILE);
        if (!Files.exists(declared)) {
            return 0;
        }
        try {
            return Integer.parseInt(Files.readString(declared).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
