package ariadne.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ariadne.imagewriter.qemu.QemuMachine;
import ariadne.imagewriter.qemu.QemuRun;
import ariadne.tests.image.TestImages;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the boot loader hands over reaches the kernel's Java boot description, through either
 * protocol: QEMU gives -initrd files to a Multiboot kernel as modules (several, each with its
 * command line), and to a PVH kernel (an image without the Multiboot header) as the one module
 * of {@code hvm_start_info}, with the memory map and command line. The kernel prints each
 * module's size, place and FNV-1a of its contents, and the memory map as it read it.
 */
class BootModuleTest {
    private static final int MULTIBOOT_MAGIC = 0x1BADB002;
    /** Multiboot1 puts its header in the first 8 KiB of the file. */
    private static final int MULTIBOOT_SEARCH = 8192;
    private static final Pattern MEMORY_LINE = Pattern.compile("(?m)^Memory: 0x[0-9a-f]+-0x[0-9a-f]+ type \\d+$");

    @TempDir
    Path directory;

    @Test
    void multibootReportsEachModuleWithItsCommandLineSizeAndContents() throws Exception {
        byte[] firstBytes = randomBytes(1234, 1);
        byte[] secondBytes = randomBytes(5000, 2);
        Path first = Files.write(directory.resolve("first.bin"), firstBytes);
        Path second = Files.write(directory.resolve("second.bin"), secondBytes);

        QemuRun run = new QemuMachine(TestImages.standard())
                .argument("-initrd", first + " modarg," + second + " other=2")
                .commandLine("exit")
                .timeout(Duration.ofSeconds(60))
                .run();

        assertEquals(0, run.guestStatus(), run.describe());
        assertTrue(run.serial().contains("booted via Multiboot"), run.describe());
        assertModuleLine(run, first + " modarg 1234", firstBytes);
        assertModuleLine(run, second + " other=2 5000", secondBytes);
    }

    @Test
    void pvhHandsTheKernelItsMemoryMapCommandLineAndModule() throws Exception {
        Path pvhOnly = withoutMultibootHeader(TestImages.standard());
        byte[] moduleBytes = randomBytes(70_000, 3);
        Path module = Files.write(directory.resolve("initrd.bin"), moduleBytes);

        QemuRun pvh = new QemuMachine(pvhOnly).argument("-initrd", module.toString())
                .commandLine("exit pvh-token-29").timeout(Duration.ofSeconds(60)).run();
        QemuRun multiboot = new QemuMachine(TestImages.standard())
                .commandLine("exit").timeout(Duration.ofSeconds(60)).run();

        assertEquals(0, pvh.guestStatus(), pvh.describe());
        assertTrue(pvh.serial().contains("booted via PVH"), pvh.describe());
        assertTrue(pvh.serial().contains("Command line: exit pvh-token-29"), pvh.describe());
        assertModuleLine(pvh, " 70000", moduleBytes); // QEMU gives the PVH module no command line
        List<String> pvhMap = memoryLines(pvh);
        assertTrue(pvhMap.size() >= 2, "a memory map with RAM below and above 1 MiB:\n" + pvh.describe());
        assertEquals(memoryLines(multiboot), pvhMap, "the same machine's memory map through both protocols");
        assertEquals(usableMiB(multiboot), usableMiB(pvh), "usable memory through both protocols");
    }

    private static void assertModuleLine(QemuRun run, String commandLineAndSize, byte[] contents) {
        Pattern line = Pattern.compile("(?m)^Boot module: " + Pattern.quote(commandLineAndSize)
                + " bytes at 0x[0-9a-f]+, fnv1a 0x" + Long.toHexString(fnv1a(contents)) + "$");
        assertTrue(line.matcher(run.serial()).find(),
                "no line for module '" + commandLineAndSize + "' with its contents' hash:\n" + run.describe());
    }

    private static List<String> memoryLines(QemuRun run) {
        return MEMORY_LINE.matcher(run.serial()).results().map(java.util.regex.MatchResult::group).toList();
    }

    private static String usableMiB(QemuRun run) {
        Matcher m = Pattern.compile("(\\d+) MiB usable memory in \\d+ regions?").matcher(run.serial());
        assertTrue(m.find(), run.describe());
        return m.group();
    }

    /** A copy of {@code image} whose Multiboot header no longer has its magic, so QEMU boots it by its PVH note. */
    private Path withoutMultibootHeader(Path image) throws Exception {
        byte[] bytes = Files.readAllBytes(image);
        ByteBuffer words = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 12 <= Math.min(bytes.length, MULTIBOOT_SEARCH); at += 4) {
            if (words.getInt(at) == MULTIBOOT_MAGIC && words.getInt(at) + words.getInt(at + 4) + words.getInt(at + 8) == 0) {
                words.putInt(at, 0);
                return Files.write(directory.resolve("pvh-only.elf"), bytes);
            }
        }
        throw new AssertionError("no Multiboot header in " + image);
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static long fnv1a(byte[] bytes) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            hash = (hash ^ (b & 0xFF)) * 0x100000001b3L;
        }
        return hash;
    }
}
