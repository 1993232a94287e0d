package ariadne.checker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The diagnostics a test source expects, written the Checker Framework way: a comment
 * {@code // :: error: (key)} (or {@code [key]}) expects that diagnostic on the next line; several
 * may follow each other ({@code // :: error: (a) :: error: (b)}).
 */
final class ExpectedDiagnostics {
    /** A diagnostic at a line with a key, e.g. {@code 12 error use.after.move}. */
    record Expected(long line, String severity, String key) implements Comparable<Expected> {
        @Override
        public int compareTo(Expected o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return String.format("%4d %s: %s", line, severity, key);
        }
    }

    private static final Pattern ITEM = Pattern.compile("::\\s*(error|warning):\\s*[\\[(]([\\w.:-]+)[\\])]");

    private ExpectedDiagnostics() {}

    static List<Expected> in(Path source) {
        List<String> lines;
        try {
            lines = Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Expected> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("// ::")) {
                continue;
            }
            Matcher m = ITEM.matcher(line);
            while (m.find()) {
                expected.add(new Expected(i + 2, m.group(1), m.group(2)));
            }
        }
        return expected;
    }

    static List<Expected> of(List<Finding> findings) {
        List<Expected> actual = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() != Finding.Severity.NOTE) {
                actual.add(new Expected(f.line(), f.severity().name().toLowerCase(java.util.Locale.ROOT), f.key()));
            }
        }
        return actual;
    }
}
