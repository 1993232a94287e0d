package ariadne.tests.image;

import ariadne.imagewriter.BuildException;
import ariadne.imagewriter.BuildLog;
import ariadne.imagewriter.BuiltCells;
import ariadne.imagewriter.CellCatalog;
import ariadne.imagewriter.ImageBuild;
import ariadne.imagewriter.qemu.QemuMachine;
import ariadne.imagewriter.qemu.QemuRun;
import ariadne.tests.qemu.ProgramRun;
import java.nio.file.Path;
import java.time.Duration;

/** Builds images from the repository's cells for the tests; the nucleus is compiled once per test JVM. */
public final class TestImages {
    private static BuiltCells nucleus;
    /** A failed nucleus build is remembered: every later test reports it at once instead of rebuilding. */
    private static BuildException nucleusFailure;
    private static Path standard;
    private static int programs;

    private TestImages() {
    }

    public static Path repositoryRoot() {
        return Path.of(System.getProperty("ariadne.root", "..")).toAbsolutePath().normalize();
    }

    public static Path buildDirectory() {
        return Path.of(System.getProperty("ariadne.build", "target/ariadne")).toAbsolutePath();
    }

    private static synchronized BuiltCells nucleus() throws BuildException {
        if (nucleusFailure != null) {
            throw nucleusFailure;
        }
        if (nucleus == null) {
            try {
                nucleus = new ImageBuild(buildDirectory().resolve("standard"), BuildLog.STDERR)
                        .compile(CellCatalog.scan(repositoryRoot()));
            } catch (BuildException e) {
                nucleusFailure = e;
                throw e;
            }
        }
        return nucleus;
    }

    /** The image every in-OS suite boots; a build failure fails the calling test with the compiler's messages. */
    public static synchronized Path standard() throws BuildException {
        if (standard == null) {
            standard = new ImageBuild(buildDirectory().resolve("standard"), BuildLog.STDERR)
                    .link(nucleus(), ImageBuild.standardProgram(nucleus().catalog()));
        }
        return standard;
    }

    /** Builds an image running {@code mainClass} from {@code sourceDir}, reusing the nucleus built once per JVM. */
    public static Path buildProgram(Path sourceDir, String mainClass) throws BuildException {
        Path out;
        synchronized (TestImages.class) {
            out = buildDirectory().resolve("programs").resolve(String.valueOf(programs++));
        }
        ImageBuild build = new ImageBuild(out, BuildLog.SILENT);
        return build.link(build.addProgram(nucleus(), sourceDir), ImageBuild.mainSymbol(mainClass));
    }

    /** Builds and runs a program with the generic runner's command line. */
    public static ProgramRun runProgram(Path sourceDir, String mainClass, Duration timeout) throws BuildException {
        QemuRun run = new QemuMachine(buildProgram(sourceDir, mainClass)).commandLine("program").timeout(timeout).run();
        return new ProgramRun(run.serialBytes(), run.guestStatus(), run.describe());
    }
}
