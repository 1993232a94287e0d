package ariadne.imagewriter.archive;

import static org.junit.jupiter.api.Assertions.*;

import ariadne.elf.ElfFile;
import ariadne.elf.ElfReader;
import ariadne.elf.ElfSection;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellArchiveTest {
    private static final ArchiveEntry ONE = new ArchiveEntry("counter", 1, new byte[] {1, 2, 3});
    private static final ArchiveEntry TWO = new ArchiveEntry("counter", 2, new byte[] {4, 5, 6, 7, 8});

    @Test
    void entriesPointAtAlignedCopiesOfTheCells() {
        ByteBuffer archive = ByteBuffer.wrap(CellArchive.pack(List.of(ONE, TWO))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(CellArchive.MAGIC, archive.getInt(0));
        assertEquals(2, archive.getInt(4));
        assertEquals(archive.capacity(), archive.getInt(8));
        for (int i = 0; i < 2; i++) {
            ArchiveEntry expected = i == 0 ? ONE : TWO;
            int at = CellArchive.HEADER_SIZE + CellArchive.ENTRY_SIZE * i;
            byte[] name = Arrays.copyOfRange(archive.array(), archive.getInt(at), archive.getInt(at) + archive.getInt(at + 4));
            assertEquals("counter", new String(name, StandardCharsets.UTF_8));
            assertEquals(expected.version(), archive.getInt(at + 8));
            long offset = archive.getLong(at + 16);
            assertEquals(0, offset % CellArchive.CELL_ALIGNMENT);
            assertArrayEquals(expected.cell(), Arrays.copyOfRange(archive.array(), (int) offset,
                    (int) (offset + archive.getLong(at + 24))));
        }
    }

    @Test
    void theSameVersionTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CellArchive.pack(List.of(ONE, ONE)));
    }

    @Test
    void anEmptyArchiveIsJustTheHeader() {
        assertEquals(CellArchive.HEADER_SIZE, CellArchive.pack(List.of()).length);
    }

    @Test
    void theObjectHoldsTheArchiveInOneReadOnlySectionBetweenItsBounds() {
        ElfFile elf = ElfReader.read(CellArchive.buildObject(List.of(ONE)));
        ElfSection section = elf.section(CellArchive.SECTION_NAME).orElseThrow();
        assertTrue(section.isAlloc());
        assertFalse(section.isWritable() || section.isExecutable());
        assertEquals(0, elf.symbol(CellArchive.START).orElseThrow().value());
        assertEquals(section.size(), elf.symbol(CellArchive.END).orElseThrow().value());
    }

    @Test
    void aVersionSuffixNamesTheCellItVersions() {
        assertEquals("counter", ArchiveEntry.namespaceName("counter-v2", 2));
        assertEquals("counter-v2", ArchiveEntry.namespaceName("counter-v2", 3));
        assertEquals("shell", ArchiveEntry.namespaceName("shell", 1));
    }
}
