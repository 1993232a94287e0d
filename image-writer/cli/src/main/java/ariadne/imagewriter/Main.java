package ariadne.imagewriter;

import java.nio.file.Path;
import java.util.List;

/**
 * Command line of the image writer.
 * <pre>
 *   build [--root DIR] [--out DIR]     compile every cell under DIR and link DIR/build/ariadne.elf
 * </pre>
 * Exit status 0 on success, 1 when the build fails (each problem on its own line, with
 * cell, file and line), 2 on a usage error.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("build")) {
            return usage("expected a command: build");
        }
        Path root = Path.of(".");
        Path out = null;
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                return usage(option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--root" -> root = Path.of(value);
                case "--out" -> out = Path.of(value);
                default -> {
                    return usage("unknown option " + option);
                }
            }
        }
        if (out == null) {
            out = root.resolve("build");
        }
        try {
            new ImageBuild(CellCatalog.scan(root), out, BuildLog.STDERR).run();
            return 0;
        } catch (BuildException e) {
            e.problems().forEach(System.err::println);
            System.err.println("[image-writer] build failed: " + e.problems().size() + " problem(s)");
            return 1;
        }
    }

    private static int usage(String problem) {
        System.err.println("image-writer: " + problem);
        System.err.println("usage: image-writer build [--root DIR] [--out DIR]");
        return 2;
    }
}
