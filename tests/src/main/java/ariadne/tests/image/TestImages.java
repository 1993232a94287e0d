package ariadne.tests.image;

import ariadne.imagewriter.BuildException;
import ariadne.imagewriter.BuildLog;
import ariadne.imagewriter.CellCatalog;
import ariadne.imagewriter.ImageBuild;
import java.nio.file.Path;

/** Builds the boot image from the repository's cells, once per test JVM. */
public final class TestImages {
    private static Path standard;

    private TestImages() {
    }

    public static Path repositoryRoot() {
        return Path.of(System.getProperty("ariadne.root", "..")).toAbsolutePath().normalize();
    }

    public static Path buildDirectory() {
        return Path.of(System.getProperty("ariadne.build", "target/ariadne")).toAbsolutePath();
    }

    /** The image every in-OS suite boots; a build failure fails the calling test with the compiler's messages. */
    public static synchronized Path standard() throws BuildException {
        if (standard == null) {
            standard = new ImageBuild(CellCatalog.scan(repositoryRoot()), buildDirectory().resolve("standard"),
                    BuildLog.STDERR).run();
        }
        return standard;
    }
}
