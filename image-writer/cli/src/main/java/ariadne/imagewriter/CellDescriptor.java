package ariadne.imagewriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cell's {@code cell.properties}: who it is and what it links against (docs/ABI.md).
 * Parsed strictly: an unknown key or a malformed value is an error with file and line,
 * because a typo in a descriptor would otherwise silently change how a cell is linked.
 */
public record CellDescriptor(String name, int version, boolean privileged, List<String> dependencies,
                             Kind kind, String module, String mainClass, boolean ownershipChecked, Path folder,
                             Path sourceRoot) {

    /** How a cell reaches the running system. */
    public enum Kind {
        /** linked statically into the boot image */
        BOOT,
        /** packed into the cell archive and loaded by the in-OS loader */
        LOADABLE,
        /** compile-time API only: every method is a compiler intrinsic, no code is emitted */
        INTRINSIC
    }

    public static final String FILE_NAME = "cell.properties";
    public static final String PROGRAM_CELL = "program";
    private static final Set<String> KEYS = Set.of("name", "version", "privileged", "depends", "kind", "module", "main", "sources",
            "checked");
    private static final Pattern CELL_NAME = Pattern.compile("[a-z][a-z0-9_.-]*");

    /**
     * {@code main}: this cell's class whose {@code main(String[])} is the standard image's program
     * (the in-OS test suites), run with the command line's words after {@code program}.
     */
    public boolean hasMain() {
        return mainClass != null;
    }

    /** A user program for the generic runner: plain, unprivileged Java whose sources sit directly in {@code sources}. */
    public static CellDescriptor program(Path sources) {
        return new CellDescriptor(PROGRAM_CELL, 1, false, List.of("java.base"), Kind.BOOT, null, null, false, sources, sources);
    }

    public boolean emitsCode() {
        return kind != Kind.INTRINSIC;
    }

    public static CellDescriptor read(Path folder) throws BuildException {
        Path file = folder.resolve(FILE_NAME);
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new BuildException(file + ": cannot read cell descriptor: " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = stripComment(lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            String where = file + ":" + (i + 1) + ": ";
            if (eq <= 0) {
                problems.add(where + "expected key=value, found '" + line + "'");
                continue;
            }
            String key = line.substring(0, eq).strip();
            if (!KEYS.contains(key)) {
                problems.add(where + "unknown key '" + key + "' (known: " + String.join(", ", KEYS) + ")");
            } else if (values.put(key, line.substring(eq + 1).strip()) != null) {
                problems.add(where + "key '" + key + "' given twice");
            }
        }
        String name = values.get("name");
        if (name == null || !CELL_NAME.matcher(name).matches()) {
            problems.add(file + ": 'name' must be given and match " + CELL_NAME.pattern());
        }
        int version = 0;
        try {
            version = Integer.parseInt(values.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            problems.add(file + ": 'version' must be an integer");
        }
        String privileged = values.getOrDefault("privileged", "false");
        if (!privileged.equals("true") && !privileged.equals("false")) {
            problems.add(file + ": 'privileged' must be true or false");
        }
        Kind kind = Kind.LOADABLE;
        try {
            kind = Kind.valueOf(values.getOrDefault("kind", "loadable").toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.add(file + ": 'kind' must be boot, loadable or intrinsic");
        }
        List<String> dependencies = new ArrayList<>();
        for (String dep : values.getOrDefault("depends", "").split(",")) {
            if (!dep.isBlank()) {
                dependencies.add(dep.strip());
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        return new CellDescriptor(name, version, Boolean.parseBoolean(privileged), List.copyOf(dependencies),
                kind, values.get("module"), values.get("main"), Boolean.parseBoolean(values.get("checked")), folder,
                folder.resolve(values.getOrDefault("sources", "src")).normalize());
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
