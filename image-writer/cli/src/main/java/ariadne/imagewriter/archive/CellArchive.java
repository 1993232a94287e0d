package ariadne.imagewriter.archive;

import static ariadne.elf.ElfConstants.*;

import ariadne.elf.RelocatableBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cell archive: every loadable cell's object, packed into one read-only section of the
 * image that the in-OS loader reads at boot (DESIGN.md §4). Little-endian, offsets from the
 * archive's start:
 * <pre>
 * header  +0 u32 magic "ACAR"   +4 u32 count   +8 u32 archive size   +12 u32 0
 * entry   +0 u32 name offset   +4 u32 name length   +8 u32 version   +12 u32 0
 *         +16 u64 cell offset (16-aligned)   +24 u64 cell size
 * then the UTF-8 names, then the cells
 * </pre>
 * The section lies between the symbols {@code __cell_archive} and {@code __cell_archive_end}.
 */
public final class CellArchive {
    public static final String OBJECT_NAME = "cell-archive";
    public static final String SECTION_NAME = ".rodata.cell-archive";
    public static final String START = "__cell_archive";
    public static final String END = "__cell_archive_end";
    public static final int MAGIC = 0x52414341;
    public static final int HEADER_SIZE = 16;
    public static final int ENTRY_SIZE = 32;
    public static final int CELL_ALIGNMENT = 16;

    private CellArchive() {
    }

    /** The archive's bytes. Names may repeat only with different versions. */
    public static byte[] pack(List<ArchiveEntry> entries) {
        Set<String> seen = new HashSet<>();
        for (ArchiveEntry e : entries) {
            if (!seen.add(e.name() + " " + e.version())) {
                throw new IllegalArgumentException("cell " + e.name() + " version " + e.version() + " archived twice");
            }
        }
        ByteArrayOutputStream names = new ByteArrayOutputStream();
        int namesStart = HEADER_SIZE + ENTRY_SIZE * entries.size();
        int[] nameOffsets = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            nameOffsets[i] = namesStart + names.size();
            names.writeBytes(entries.get(i).name().getBytes(StandardCharsets.UTF_8));
        }
        long[] cellOffsets = new long[entries.size()];
        long cursor = namesStart + names.size();
        for (int i = 0; i < entries.size(); i++) {
            cursor = alignUp(cursor);
            cellOffsets[i] = cursor;
            cursor += entries.get(i).cell().length;
        }
        byte[] archive = new byte[Math.toIntExact(cursor)];
        put(archive, 0, MAGIC, 4);
        put(archive, 4, entries.size(), 4);
        put(archive, 8, archive.length, 4);
        for (int i = 0; i < entries.size(); i++) {
            ArchiveEntry e = entries.get(i);
            int at = HEADER_SIZE + ENTRY_SIZE * i;
            put(archive, at, nameOffsets[i], 4);
            put(archive, at + 4, e.name().getBytes(StandardCharsets.UTF_8).length, 4);
            put(archive, at + 8, e.version(), 4);
            put(archive, at + 16, cellOffsets[i], 8);
            put(archive, at + 24, e.cell().length, 8);
            byte[] cell = e.cell();
            System.arraycopy(cell, 0, archive, (int) cellOffsets[i], cell.length);
        }
        byte[] nameBytes = names.toByteArray();
        System.arraycopy(nameBytes, 0, archive, namesStart, nameBytes.length);
        return archive;
    }

    /** A relocatable object holding the archive as a read-only section, for the image linker. */
    public static byte[] buildObject(List<ArchiveEntry> entries) {
        byte[] archive = pack(entries);
        RelocatableBuilder elf = new RelocatableBuilder();
        int section = elf.addSection(SECTION_NAME, SHT_PROGBITS, SHF_ALLOC, CELL_ALIGNMENT, archive);
        elf.defineSymbol(START, section, 0, archive.length, STB_GLOBAL, STT_OBJECT);
        elf.defineSymbol(END, section, archive.length, 0, STB_GLOBAL, STT_NOTYPE);
        return elf.toBytes();
    }

    private static long alignUp(long value) {
        return (value + CELL_ALIGNMENT - 1) & -CELL_ALIGNMENT;
    }

    private static void put(byte[] bytes, int at, long value, int width) {
        for (int i = 0; i < width; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
