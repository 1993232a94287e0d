package ariadne.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ariadne.tests.image.TestImages;
import ariadne.imagewriter.qemu.QemuMachine;
import ariadne.imagewriter.qemu.QemuRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Boots the real image with QEMU's default machine and checks what the nucleus's Java code prints. */
class BootTest {
    private static final Pattern BANNER = Pattern.compile("Ariadne .*?(\\d+) MiB usable");
    private static Path image;

    @BeforeAll
    static void buildImage() throws Exception {
        image = TestImages.standard();
    }

    private static QemuRun boot(String memory) {
        return new QemuMachine(image).memory(memory).commandLine("exit").timeout(Duration.ofSeconds(60)).run();
    }

    private static int usableMiB(QemuRun run) {
        Matcher m = BANNER.matcher(run.serial());
        assertTrue(m.find(), "no banner in the serial output:\n" + run.describe());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void bootsPrintsBannerAndExitsThroughIsaDebugExit() {
        QemuRun run = boot("128M");
        assertEquals(0, run.guestStatus(), run.describe());
        int mib = usableMiB(run);
        // QEMU reserves the low 1 MiB holes and a few pages; most of 128 MiB must be reported usable.
        assertTrue(mib >= 120 && mib <= 128, "128 MiB machine reported " + mib + " MiB usable\n" + run.describe());
    }

    @Test
    void bannerFollowsTheMachinesMemorySize() {
        int small = usableMiB(boot("128M"));
        int large = usableMiB(boot("512M"));
        // Computed at run time from the boot memory map: 384 MiB more RAM must show up as ~384 MiB more.
        assertTrue(Math.abs(large - small - 384) <= 2, "128M gave " + small + " MiB, 512M gave " + large + " MiB");
    }

    @Test
    void echoesTheKernelCommandLine() {
        QemuRun run = new QemuMachine(image).commandLine("exit ariadne-test-token-17").timeout(Duration.ofSeconds(60)).run();
        assertTrue(run.serial().contains("ariadne-test-token-17"), run.describe());
    }
}
