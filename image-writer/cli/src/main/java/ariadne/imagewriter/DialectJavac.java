package ariadne.imagewriter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs javac over cell sources against the dialect's own {@code java.base} ({@code --system none}),
 * so that using a JDK class the dialect lacks is a javac error at the use site.
 * Cells naming the same {@code module} are compiled in one run as that named module; every
 * other cell is compiled alone, in the unnamed module, against the module and its dependencies.
 */
public final class DialectJavac {
    private static final List<String> COMMON_OPTIONS = List.of(
            "--system", "none", "-g", "-encoding", "UTF-8", "-XDstringConcat=inline", "-Xlint:-options");

    private final Path outputRoot;
    private final JavaCompiler javac;

    public DialectJavac(Path outputRoot) {
        this.outputRoot = outputRoot;
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no javac in this Java runtime: run the image writer on a JDK, not a JRE");
        }
    }

    /** Compiles every cell of the catalog, in dependency order. */
    public Map<String, CellClasses> compileAll(CellCatalog catalog) throws BuildException {
        Map<String, CellClasses> done = new LinkedHashMap<>();
        for (CellDescriptor cell : catalog.inOrder()) {
            if (done.containsKey(cell.name())) {
                continue;
            }
            if (cell.module() != null) {
                compileModule(cell.module(), catalog.moduleMembers(cell.module()), done);
            } else {
                done.put(cell.name(), compileAlone(cell, catalog, done));
            }
        }
        return done;
    }

    private Path modulesDirectory() {
        return outputRoot.resolve("modules");
    }

    private void compileModule(String module, List<CellDescriptor> members, Map<String, CellClasses> done)
            throws BuildException {
        Path out = modulesDirectory().resolve(module);
        List<Path> sources = new ArrayList<>();
        for (CellDescriptor member : members) {
            sources.addAll(javaSources(member));
        }
        List<String> options = new ArrayList<>(COMMON_OPTIONS);
        if (!module.equals("java.base")) {
            options.addAll(List.of("--module-path", modulesDirectory().toString()));
        }
        run(members, sources, options, out);
        Map<String, byte[]> all = readClasses(out);
        for (CellDescriptor member : members) {
            List<String> packages = packagesOf(member);
            Map<String, byte[]> own = new TreeMap<>();
            all.forEach((name, bytes) -> {
                if (packages.contains(packageOf(name))) {
                    own.put(name, bytes);
                }
            });
            done.put(member.name(), new CellClasses(member, out, own));
        }
    }

    /** Compiles one cell of the unnamed module against what {@code done} already holds for its dependencies. */
    public CellClasses compileAlone(CellDescriptor cell, CellCatalog catalog, Map<String, CellClasses> done)
            throws BuildException {
        Path out = outputRoot.resolve("cells").resolve(cell.name());
        List<String> options = new ArrayList<>(COMMON_OPTIONS);
        String modulePath = catalog.closureOf(cell).stream()
                .filter(dep -> dep.module() != null)
                .map(dep -> done.get(dep.name()).directory().getParent().toString())
                .distinct()
                .collect(Collectors.joining(java.io.File.pathSeparator));
        if (modulePath.isEmpty()) {
            throw new BuildException("Cell " + cell.name() + ": must depend on java.base");
        }
        options.addAll(List.of("--module-path", modulePath));
        String classPath = catalog.closureOf(cell).stream()
                .filter(dep -> dep.module() == null)
                .map(dep -> done.get(dep.name()).directory().toString())
                .collect(Collectors.joining(java.io.File.pathSeparator));
        if (!classPath.isEmpty()) {
            options.addAll(List.of("-classpath", classPath));
        }
        run(List.of(cell), javaSources(cell), options, out);
        return new CellClasses(cell, out, readClasses(out));
    }

    private void run(List<CellDescriptor> cells, List<Path> sources, List<String> baseOptions, Path out)
            throws BuildException {
        if (sources.isEmpty()) {
            throw new BuildException("Cell " + cells.get(0).name() + ": no Java sources under " + cells.get(0).sourceRoot());
        }
        recreate(out);
        List<String> options = new ArrayList<>(baseOptions);
        options.addAll(List.of("-d", out.toString()));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter javacOutput = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            ok = javac.getTask(javacOutput, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!ok) {
            List<String> problems = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    problems.add(describe(cells, d));
                }
            }
            if (problems.isEmpty()) {
                problems.add("Cell " + cells.get(0).name() + ": javac failed: " + javacOutput);
            }
            throw new BuildException(problems);
        }
    }

    private static String describe(List<CellDescriptor> cells, Diagnostic<? extends JavaFileObject> d) {
        String cellName = cells.get(0).name();
        String file = "<no file>";
        if (d.getSource() != null) {
            Path path = Path.of(d.getSource().toUri());
            file = path.toString();
            for (CellDescriptor cell : cells) {
                if (path.startsWith(cell.folder().toAbsolutePath())) {
                    cellName = cell.name();
                    file = cell.folder().toAbsolutePath().relativize(path).toString();
                }
            }
        }
        String message = d.getMessage(Locale.ROOT);
        String hint = UnsupportedJava.hintFor(message).map(h -> "\n  hint: " + h).orElse("");
        return "Cell " + cellName + ": " + file + ":" + d.getLineNumber() + ": " + message + hint;
    }

    static List<Path> javaSources(CellDescriptor cell) throws BuildException {
        try (Stream<Path> files = Files.walk(cell.sourceRoot())) {
            return files.filter(p -> p.toString().endsWith(".java")).map(Path::toAbsolutePath).sorted().toList();
        } catch (IOException e) {
            throw new BuildException("Cell " + cell.name() + ": cannot read sources: " + e.getMessage());
        }
    }

    static List<String> packagesOf(CellDescriptor cell) throws BuildException {
        Path root = cell.sourceRoot().toAbsolutePath();
        return javaSources(cell).stream()
                .map(p -> root.relativize(p.getParent()).toString().replace(java.io.File.separatorChar, '/'))
                .distinct().toList();
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }

    /** Class files by internal name; {@code module-info} is not a class and is left out. */
    private static Map<String, byte[]> readClasses(Path out) {
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = out.relativize(p).toString().replace(java.io.File.separatorChar, '/');
                name = name.substring(0, name.length() - ".class".length());
                if (!name.equals("module-info")) {
                    classes.put(name, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    private static void recreate(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
