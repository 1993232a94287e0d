package ariadne.imagewriter;

import ariadne.checker.Finding;
import ariadne.checker.OwnershipCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The state-spill checker (checker/, DESIGN.md §6) over every cell, as the second javac pass
 * against the normal JDK. Its errors fail the build with file and line, like javac's.
 * A cell opts in with {@code checked=true} in its descriptor (the dialect's own {@code java.*}
 * sources are the JDK's API and can never be compiled against the JDK, so java.base cannot).
 * <p>The system property {@code ariadne.ownership} switches the pass: {@code off} skips it (to
 * measure what it costs), {@code all} also checks cells that do not opt in (to survey one first).
 */
final class OwnershipPass {
    static final String SWITCH = "ariadne.ownership";

    private OwnershipPass() {
    }

    private static boolean applies(CellDescriptor cell) throws BuildException {
        String mode = System.getProperty(SWITCH, "on");
        return switch (mode) {
            case "off" -> false;
            case "all" -> cell.emitsCode() && DialectJavac.packagesOf(cell).stream().noneMatch(p -> p.startsWith("java/"));
            default -> cell.ownershipChecked();
        };
    }

    static void check(CellCatalog catalog, CellDescriptor cell, Map<String, CellClasses> classes, BuildLog log)
            throws BuildException {
        if (!applies(cell)) {
            return;
        }
        List<Path> classpath = new ArrayList<>();
        for (CellDescriptor dep : catalog.closureOf(cell)) {
            classpath.add(classes.get(dep.name()).directory());
        }
        if (cell.module() != null) {
            classpath.add(classes.get(cell.name()).directory());
        }
        long start = System.nanoTime();
        List<Finding> findings = OwnershipCheck.run(DialectJavac.javaSources(cell), classpath.stream().distinct().toList(),
                cell.name(), DialectJavac.packagesOf(cell).stream().map(p -> p.replace('/', '.')).toList());
        List<String> errors = new ArrayList<>();
        for (Finding f : findings) {
            if (f.isError()) {
                String file = f.file() == null ? "<no file>" : cell.folder().toAbsolutePath().relativize(f.file()).toString();
                errors.add("Cell " + cell.name() + ": " + file + ":" + f.line() + ": [" + f.key() + "] " + f.message());
            }
        }
        log.step("ownership check of " + cell.name() + ": " + errors.size() + " error(s) in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        if (!errors.isEmpty()) {
            throw new BuildException(errors);
        }
    }
}
