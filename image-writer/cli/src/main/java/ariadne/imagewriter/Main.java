package ariadne.imagewriter;

import ariadne.imagewriter.qemu.QemuMachine;
import ariadne.imagewriter.qemu.QemuRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command line of the image writer.
 * <pre>
 *   build [--root DIR] [--out DIR]
 *       compile every cell under DIR and link OUT/ariadne.elf (OUT defaults to DIR/build)
 *   java --main CLASS --src DIR [--root DIR] [--out DIR] [--timeout SECONDS]
 *       compile a plain Java program into an image, boot it in QEMU, stream its output to
 *       standard output, and exit with the program's status
 *   images --programs NAME=CLASS@DIR,... [--root DIR] [--out DIR]
 *       compile the nucleus once and link one image per program, OUT/NAME/ariadne.elf, without
 *       running them (for measuring them, e.g. tests/conformance/measure-workloads.sh)
 * </pre>
 * Build progress and QEMU's own messages go to standard error. Exit status 1 when the build
 * fails (each problem on its own line, with cell, file and line), 2 on a usage error, 124 when
 * a program run hits its time limit.
 */
public final class Main {
    private static final Set<String> OPTIONS = Set.of("--root", "--out", "--main", "--src", "--timeout", "--programs");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> args) {
        if (args.isEmpty()) {
            return usage("expected a command: build or java");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.size(); i += 2) {
            String option = args.get(i);
            if (!OPTIONS.contains(option)) {
                return usage("unknown option " + option);
            }
            if (i + 1 >= args.size()) {
                return usage(option + " needs a value");
            }
            options.put(option, args.get(i + 1));
        }
        Path root = Path.of(options.getOrDefault("--root", "."));
        Path out = Path.of(options.getOrDefault("--out", root.resolve("build").toString()));
        try {
            switch (args.get(0)) {
                case "build" -> {
                    new ImageBuild(out, BuildLog.STDERR).buildStandard(CellCatalog.scan(root));
                    return 0;
                }
                case "java" -> {
                    if (!options.containsKey("--main") || !options.containsKey("--src")) {
                        return usage("java needs --main CLASS and --src DIR");
                    }
                    return runProgram(root, out, options.get("--main"), Path.of(options.get("--src")),
                            Duration.ofSeconds(Long.parseLong(options.getOrDefault("--timeout", "600"))));
                }
                case "images" -> {
                    if (!options.containsKey("--programs")) {
                        return usage("images needs --programs NAME=CLASS@DIR,...");
                    }
                    return linkPrograms(root, out, options.get("--programs"));
                }
                default -> {
                    return usage("unknown command " + args.get(0));
                }
            }
        } catch (BuildException e) {
            e.problems().forEach(System.err::println);
            System.err.println("[image-writer] build failed: " + e.problems().size() + " problem(s)");
            return 1;
        }
    }

    private static int runProgram(Path root, Path out, String mainClass, Path sources, Duration timeout)
            throws BuildException {
        ImageBuild build = new ImageBuild(out, BuildLog.STDERR);
        BuiltCells cells = build.addProgram(build.compile(CellCatalog.scan(root)), sources);
        Path image = build.link(cells, ImageBuild.mainSymbol(mainClass));
        QemuRun run = new QemuMachine(image).commandLine("program").timeout(timeout).echoSerialTo(System.out).run();
        System.out.flush();
        if (run.timedOut()) {
            System.err.println("[image-writer] the program did not finish within " + timeout.toSeconds() + " s");
            return 124;
        }
        if (run.guestStatus() < 0) {
            System.err.println("[image-writer] the machine stopped without an exit status:\n" + run.qemuDiagnostics());
            return 1;
        }
        return run.guestStatus();
    }

    private static int linkPrograms(Path root, Path out, String programs) throws BuildException {
        BuiltCells nucleus = new ImageBuild(out.resolve("nucleus"), BuildLog.STDERR).compile(CellCatalog.scan(root));
        for (String entry : programs.split(",")) {
            int equals = entry.indexOf('=');
            int at = entry.indexOf('@');
            if (equals <= 0 || at < equals) {
                return usage("--programs wants NAME=CLASS@DIR entries, not " + entry);
            }
            ImageBuild build = new ImageBuild(out.resolve(entry.substring(0, equals)), BuildLog.STDERR);
            build.link(build.addProgram(nucleus, Path.of(entry.substring(at + 1))),
                    ImageBuild.mainSymbol(entry.substring(equals + 1, at)));
        }
        return 0;
    }

    private static int usage(String problem) {
        System.err.println("image-writer: " + problem);
        System.err.println("usage: image-writer build [--root DIR] [--out DIR]");
        System.err.println("       image-writer java --main CLASS --src DIR [--root DIR] [--out DIR] [--timeout SECONDS]");
        System.err.println("       image-writer images --programs NAME=CLASS@DIR,... [--root DIR] [--out DIR]");
        return 2;
    }
}
