package ariadne.loader.symbols;

import ariadne.loader.elf.Strings;
import ariadne.magic.Address;
import ariadne.magic.Magic;

/**
 * The statically linked image's own symbols, as the linker left them in read-only memory
 * between {@code __symbol_table} and {@code __symbol_table_end} (format:
 * ariadne.linker.InImageSymbolTable): entries sorted by the bytes of their names, found by
 * binary search without decoding a single name.
 */
public final class ImageSymbolTable {
    private static final int MAGIC = 0x4d595341;
    private static final int HEADER_SIZE = 16;
    private static final int ENTRY_SIZE = 16;

    private final Address table;
    private final int count;
    private final Address names;

    private ImageSymbolTable(Address table) {
        this.table = table;
        this.count = table.loadInt(4);
        this.names = table.plus(table.loadInt(8));
    }

    /** The image's table, or null when the image was linked without one. */
    public static ImageSymbolTable ofImage() {
        Address start = Magic.symbolAddress("__symbol_table");
        if (start.loadInt(0) != MAGIC) {
            return null;
        }
        return new ImageSymbolTable(start);
    }

    public int count() {
        return count;
    }

    /** The entry of the name at {@code name} ({@code length} bytes), or -1. */
    public int find(Address name, int length) {
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = Strings.compare(nameAddress(middle), nameLength(middle), name, length);
            if (order == 0) {
                return middle;
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    /** The entry named {@code name}, or -1. */
    public int find(String name) {
        byte[] bytes = Strings.encode(name);
        return find(Strings.bytesOf(bytes), bytes.length);
    }

    public Address address(int entry) {
        return entryAt(entry).loadAddress(0);
    }

    public int binding(int entry) {
        return entryAt(entry).loadByte(14) & 0xff;
    }

    public String name(int entry) {
        return Strings.decode(nameAddress(entry), nameLength(entry));
    }

    private Address entryAt(int entry) {
        return table.plus(HEADER_SIZE + (long) entry * ENTRY_SIZE);
    }

    private Address nameAddress(int entry) {
        return names.plus(entryAt(entry).loadInt(8) & 0xffffffffL);
    }

    private int nameLength(int entry) {
        return entryAt(entry).loadShort(12) & 0xffff;
    }
}
