package ariadne.boot;

import static ariadne.elf.ElfConstants.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ariadne.elf.ElfFile;
import ariadne.elf.ElfReader;
import ariadne.elf.ElfRelocation;
import ariadne.elf.ElfSection;
import ariadne.elf.ElfSymbol;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interrupt entry object read back: its stub table, the stubs' first bytes and the call into Java. */
class InterruptStubsTest {
    private final ElfFile elf = ElfReader.read(InterruptStubs.buildObject());
    private final ElfSection text = elf.section(".text.boot.interrupt_stubs").orElseThrow();
    private final ElfSection table = elf.section(".rodata.boot.interrupt_stubs").orElseThrow();

    @Test
    void theTableHasOneAbsoluteAddressPerVectorInto16ByteAlignedStubs() {
        List<ElfRelocation> entries = elf.relocationsFor(table.index());
        assertEquals(256, entries.size());
        assertEquals(256 * 8, table.size());
        for (int vector = 0; vector < 256; vector++) {
            ElfRelocation r = entries.get(vector);
            assertEquals(8L * vector, r.offset());
            assertEquals(R_X86_64_64, r.type());
            assertEquals(0, r.addend() % 16, "stub " + vector + " is 16-byte aligned");
        }
        ElfSymbol tableSymbol = elf.symbol(InterruptStubs.TABLE_SYMBOL).orElseThrow();
        assertEquals(STB_GLOBAL, tableSymbol.binding());
        assertEquals(table.index(), tableSymbol.sectionIndex());
        assertEquals(0, table.flags() & SHF_WRITE, "the table is read-only");
    }

    @Test
    void stubsPushAZeroErrorCodeOnlyWhereTheCpuPushesNone() {
        // push 0 (6A 00) then push vector; vectors with a CPU error code start with the vector push.
        assertArrayEquals(new byte[] {0x6A, 0x00, 0x6A, 0x00}, stubStart(0, 4));
        assertArrayEquals(new byte[] {0x6A, 0x0E}, stubStart(14, 2));
        assertArrayEquals(new byte[] {0x6A, 0x08}, stubStart(8, 2));
        assertArrayEquals(new byte[] {0x6A, 0x00, 0x6A, 0x20}, stubStart(32, 4));
        assertArrayEquals(new byte[] {0x6A, 0x00, 0x6A, (byte) 0xFF}, stubStart(255, 4));
        assertTrue(InterruptStubs.cpuPushesErrorCode(13));
        assertTrue(!InterruptStubs.cpuPushesErrorCode(3));
    }

    @Test
    void theCommonPathCallsTheDispatcherAndEndsWithIretq() {
        List<ElfRelocation> calls = elf.relocationsFor(text.index()).stream()
                .filter(r -> elf.symbols().get(r.symbolIndex()).name().equals(InterruptStubs.DISPATCHER)).toList();
        assertEquals(1, calls.size());
        assertEquals(R_X86_64_PC32, calls.get(0).type());
        byte[] code = text.data();
        int end = code.length;
        assertArrayEquals(new byte[] {0x48, (byte) 0xCF}, Arrays.copyOfRange(code, end - 2, end), "iretq");
    }

    private byte[] stubStart(int vector, int length) {
        long offset = elf.relocationsFor(table.index()).get(vector).addend();
        return Arrays.copyOfRange(text.data(), (int) offset, (int) offset + length);
    }
}
