package ariadne.checker;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What to check: one cell's sources, the class path they compile against (the classes of the
 * cells they depend on), the cell's name and its package prefixes. Builds the javac options of
 * the checker's pass: {@code -proc:only} against the normal JDK.
 */
public record CheckRequest(List<Path> sources, List<Path> classpath, String cellName, List<String> cellPackages) {
    public CheckRequest {
        sources = List.copyOf(sources);
        classpath = List.copyOf(classpath);
        cellPackages = List.copyOf(cellPackages);
    }

    /** The javac options of the check pass, class path included; sources and processor path excluded. */
    public List<String> javacOptions() {
        List<Path> path = new ArrayList<>(classpath);
        path.addAll(CheckerClasspath.qualifiers());
        List<String> options = new ArrayList<>(List.of(
                "-proc:only", "-implicit:none", "-encoding", "UTF-8", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000",
                "-classpath", join(path),
                "-A" + CellBoundary.CELL_OPTION + "=" + cellName));
        if (!cellPackages.isEmpty()) {
            options.add("-A" + CellBoundary.CELL_PACKAGES_OPTION + "=" + String.join(",", cellPackages));
        }
        return options;
    }

    static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}
