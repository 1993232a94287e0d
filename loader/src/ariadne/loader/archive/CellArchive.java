package ariadne.loader.archive;

import ariadne.loader.elf.ByteView;
import ariadne.loader.elf.Strings;
import ariadne.magic.Address;
import ariadne.magic.Magic;

/**
 * The image's archive of loadable cells, between {@code __cell_archive} and
 * {@code __cell_archive_end} (format: ariadne.imagewriter.archive.CellArchive). Entries come
 * in catalog order, so every cell follows the cells it depends on.
 */
public final class CellArchive {
    private static final int MAGIC = 0x52414341;
    private static final int HEADER_SIZE = 16;
    private static final int ENTRY_SIZE = 32;

    private final ByteView bytes;
    private final int count;

    private CellArchive(ByteView bytes, int count) {
        this.bytes = bytes;
        this.count = count;
    }

    /** The image's archive; empty when it is missing or its header is not sound. */
    public static CellArchive ofImage() {
        Address start = Magic.symbolAddress("__cell_archive");
        long length = Magic.symbolAddress("__cell_archive_end").diff(start);
        ByteView bytes = ByteView.of(start, length);
        long count = bytes.u32(4);
        boolean sound = bytes.u32(0) == MAGIC && bytes.contains(HEADER_SIZE, count * ENTRY_SIZE);
        return new CellArchive(bytes, sound ? (int) count : 0);
    }

    public int count() {
        return count;
    }

    public String name(int i) {
        long entry = entry(i);
        long offset = bytes.u32(entry);
        long length = bytes.u32(entry + 4);
        return bytes.contains(offset, length) ? Strings.decode(bytes.address(offset), (int) length) : "?";
    }

    public int version(int i) {
        return (int) bytes.u32(entry(i) + 8);
    }

    /** Entry {@code i}'s cell object; empty when the entry lies outside the archive. */
    public ByteView cell(int i) {
        long offset = bytes.u64(entry(i) + 16);
        long length = bytes.u64(entry(i) + 24);
        return bytes.contains(offset, length) ? ByteView.of(bytes.address(offset), length) : ByteView.of(bytes.address(0), 0);
    }

    /** The entry of {@code name} at {@code version}, or -1. */
    public int find(String name, int version) {
        for (int i = 0; i < count; i++) {
            if (version(i) == version && name(i).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The lowest version of {@code name} in the archive, or -1 (the version booted by default). */
    public int lowestVersion(String name) {
        int lowest = -1;
        for (int i = 0; i < count; i++) {
            if (name(i).equals(name) && (lowest < 0 || version(i) < lowest)) {
                lowest = version(i);
            }
        }
        return lowest;
    }

    /** The lowest version of {@code name} above {@code version}, or -1. */
    public int nextVersion(String name, int version) {
        int next = -1;
        for (int i = 0; i < count; i++) {
            int v = version(i);
            if (v > version && (next < 0 || v < next) && name(i).equals(name)) {
                next = v;
            }
        }
        return next;
    }

    private long entry(int i) {
        return HEADER_SIZE + (long) i * ENTRY_SIZE;
    }
}
