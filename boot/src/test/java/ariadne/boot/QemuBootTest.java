package ariadne.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ariadne.linker.ImageLinker;
import ariadne.linker.LinkOptions;
import ariadne.linker.NamedObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots the trampoline in QEMU with a stub Java entry, once through Multiboot1 (QEMU prefers
 * it when the header is present) and once through PVH (an image without the Multiboot1
 * header). Skipped where qemu-system-x86_64 is not installed.
 */
class QemuBootTest {
    private static final String QEMU = "qemu-system-x86_64";
    private static final long TIMEOUT_SECONDS = 30;

    @TempDir
    Path dir;

    @Test
    void bootsThroughMultiboot1() throws Exception {
        byte[] boot = BootTrampoline.buildObject(JavaEntryStub.SYMBOL);
        assertBoots(boot, TrampolineText.PROTOCOL_MULTIBOOT1);
    }

    @Test
    void bootsThroughPvh() throws Exception {
        List<BootSection> withoutMultiboot = BootTrampoline.sections(JavaEntryStub.SYMBOL).stream()
                .filter(s -> !s.name().equals(MultibootHeader.SECTION)).toList();
        assertBoots(BootElfWriter.toBytes(withoutMultiboot), TrampolineText.PROTOCOL_PVH);
    }

    private void assertBoots(byte[] bootObject, int protocol) throws Exception {
        assumeTrue(onPath(QEMU), QEMU + " is not installed");
        byte[] image = ImageLinker.link(List.of(new NamedObject("boot.o", bootObject),
                new NamedObject("stub.o", JavaEntryStub.object())),
                new LinkOptions(BootTrampoline.ENTRY_SYMBOL)).image();
        Path kernel = Files.write(dir.resolve("ariadne.elf"), image);
        Process qemu = new ProcessBuilder(QEMU, "-kernel", kernel.toString(), "-serial", "stdio",
                "-display", "none", "-no-reboot", "-m", "128M",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04")
                .redirectErrorStream(true).start();
        if (!qemu.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            qemu.destroyForcibly();
            throw new AssertionError("QEMU did not exit within " + TIMEOUT_SECONDS + " s");
        }
        String output = new String(qemu.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertEquals("protocol=" + protocol + " info=ok\n", output);
        assertEquals((protocol << 1) | 1, qemu.exitValue(), output);
    }

    private static boolean onPath(String program) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
