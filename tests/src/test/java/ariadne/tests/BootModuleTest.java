package ariadne.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ariadne.imagewriter.qemu.QemuMachine;
import ariadne.imagewriter.qemu.QemuRun;
import ariadne.tests.image.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QEMU hands -initrd files to a Multiboot kernel as boot modules; the nucleus must report each one. */
class BootModuleTest {

    @Test
    void reportsEachModuleWithItsCommandLineAndExactSize(@TempDir Path directory) throws Exception {
        Path first = Files.write(directory.resolve("first.bin"), new byte[1234]);
        Path second = Files.write(directory.resolve("second.bin"), new byte[5000]);

        QemuRun run = new QemuMachine(TestImages.standard())
                .argument("-initrd", first + " modarg," + second + " other=2")
                .commandLine("exit")
                .timeout(Duration.ofSeconds(60))
                .run();

        assertEquals(0, run.guestStatus(), run.describe());
        assertModuleLine(run, first + " modarg 1234");
        assertModuleLine(run, second + " other=2 5000");
    }

    private static void assertModuleLine(QemuRun run, String commandLineAndSize) {
        Pattern line = Pattern.compile("(?m)^Boot module: " + Pattern.quote(commandLineAndSize)
                + " bytes at 0x[0-9a-f]+$");
        assertTrue(line.matcher(run.serial()).find(),
                "no line for module '" + commandLineAndSize + "':\n" + run.describe());
    }
}
