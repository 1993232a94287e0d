package ariadne.tests.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code tests/conformance/KNOWN-DIFFERENCES}: programs Ariadne does not yet run as HotSpot does,
 * one per line as {@code name  reason}. Such a program's test asserts that the difference is
 * still there, so a fix makes it fail until its line is removed (a strict expected failure:
 * nothing stays hidden, nothing is left listed once it works).
 */
final class KnownDifferences {
    static final String FILE = "KNOWN-DIFFERENCES";

    private KnownDifferences() {
    }

    /** Program name → the reason given. */
    static Map<String, String> read(Path suiteRoot) {
        Path file = suiteRoot.resolve(FILE);
        Map<String, String> known = new TreeMap<>();
        if (!Files.exists(file)) {
            return known;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] parts = entry.split("\\s+", 2);
                known.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }
}
