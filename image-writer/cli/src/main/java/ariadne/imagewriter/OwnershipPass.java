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
 */
final class OwnershipPass {
    private OwnershipPass() {
    }

    static void check(CellCatalog catalog, CellDescriptor cell, Map<String, CellClasses> classes, BuildLog log)
            throws BuildException {
        if (!cell.ownershipChecked()) {
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
