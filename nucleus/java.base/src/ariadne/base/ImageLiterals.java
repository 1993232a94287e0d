package ariadne.base;

import ariadne.magic.Address;
import ariadne.magic.Magic;

/**
 * The string literals of the statically linked image, found through the image's symbol table
 * (format: ariadne.linker.InImageSymbolTable): literal objects are the symbols named
 * {@code str:<hash>}, which sort together. String.intern seeds its pool with them, so that
 * interning a computed string yields the literal object.
 */
public final class ImageLiterals {

    private static final int MAGIC = 0x4d595341;
    private static final int HEADER_SIZE = 16;
    private static final int ENTRY_SIZE = 16;
    private static final byte[] PREFIX = {'s', 't', 'r', ':'};

    private final Address table;
    private final Address names;
    private int next;
    private final int count;

    private ImageLiterals(Address table) {
        this.table = table;
        this.names = table.plus(table.loadInt(8));
        this.count = table.loadInt(4);
        this.next = firstLiteral();
    }

    /** The literals of this image, or null if it was linked without a symbol table. */
    public static ImageLiterals ofImage() {
        Address start = Magic.symbolAddress("__symbol_table");
        return start.loadInt(0) == MAGIC ? new ImageLiterals(start) : null;
    }

    /** The next literal, or null when all have been returned. */
    public String next() {
        if (next >= count || comparePrefix(next) != 0) {
            return null;
        }
        Address object = entry(next).loadAddress(0);
        next++;
        return (String) Magic.addressAsObject(object);
    }

    private Address entry(int index) {
        return table.plus(HEADER_SIZE + (long) ENTRY_SIZE * index);
    }

    /** The first entry whose name does not sort before "str:" (binary search). */
    private int firstLiteral() {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (comparePrefix(middle) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The order of the name's first bytes relative to "str:" (0: the name starts with it). */
    private int comparePrefix(int index) {
        Address entry = entry(index);
        Address name = names.plus(entry.loadInt(8) & 0xffffffffL);
        int length = entry.loadShort(12) & 0xffff;
        for (int i = 0; i < PREFIX.length; i++) {
            if (i >= length) {
                return -1;
            }
            int difference = (name.loadByte(i) & 0xff) - PREFIX[i];
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }
}
