package ariadne.checker;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command line for one cell's check, for make and for people:
 * {@code java -cp <checker classpath> ariadne.checker.CheckMain --cell NAME --packages p,q
 * [--classpath a:b] SOURCE_OR_FOLDER...}. Prints javac-style findings and the time taken; exits 1
 * if any finding is an error.
 */
public final class CheckMain {
    private CheckMain() {}

    public static void main(String[] args) {
        String cell = "cell";
        List<String> packages = List.of();
        List<Path> classpath = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cell" -> cell = args[++i];
                case "--packages" -> packages = Arrays.asList(args[++i].split(","));
                case "--classpath" -> Arrays.stream(args[++i].split(File.pathSeparator)).map(Path::of).forEach(classpath::add);
                default -> sources.addAll(javaFilesUnder(Path.of(args[i])));
            }
        }
        long start = System.nanoTime();
        List<Finding> findings = OwnershipCheck.run(sources, classpath, cell, packages);
        long millis = (System.nanoTime() - start) / 1_000_000;
        findings.forEach(System.out::println);
        long errors = findings.stream().filter(Finding::isError).count();
        System.out.printf("ownership check of %s: %d files, %d errors, %d ms (%s)%n", cell, sources.size(), errors, millis,
                JavacInternals.availableInThisJvm() ? "in-process" : "forked javac");
        System.exit(errors == 0 ? 0 : 1);
    }

    private static List<Path> javaFilesUnder(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
