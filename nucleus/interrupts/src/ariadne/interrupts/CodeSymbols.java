package ariadne.interrupts;

import ariadne.magic.Address;
import ariadne.magic.Magic;

/**
 * Names code addresses with the image's own symbol table (linker symbol {@code __symbol_table},
 * format in {@code ariadne.linker.InImageSymbolTable}): the function symbol with the greatest
 * address not above the one asked about. Allocates nothing.
 */
final class CodeSymbols {
    private static final int MAGIC = 0x4d595341;
    private static final int HEADER_SIZE = 16;
    private static final int ENTRY_SIZE = 16;
    private static final int STT_FUNC = 2;

    private CodeSymbols() {
    }

    /** Index of the function containing {@code address}, or -1. */
    static int functionAt(long address) {
        Address table = Magic.symbolAddress("__symbol_table");
        if (table.loadInt(0) != MAGIC) {
            return -1;
        }
        int count = table.loadInt(4);
        int best = -1;
        long bestStart = 0;
        for (int i = 0; i < count; i++) {
            Address entry = table.plus(HEADER_SIZE + (long) i * ENTRY_SIZE);
            long start = entry.loadLong(0);
            if ((entry.loadByte(15) & 0xF) == STT_FUNC && Long.compareUnsigned(start, address) <= 0
                    && (best < 0 || Long.compareUnsigned(start, bestStart) > 0)) {
                best = i;
                bestStart = start;
            }
        }
        return best;
    }

    static long startOf(int function) {
        return entry(function).loadLong(0);
    }

    /** Prints the name of function {@code function} (ASCII; other bytes as '?'). */
    static void printName(int function) {
        Address table = Magic.symbolAddress("__symbol_table");
        Address entry = entry(function);
        Address name = table.plus(table.loadInt(8) + (long) entry.loadInt(8));
        int length = entry.loadChar(12);
        for (int i = 0; i < length; i++) {
            int b = name.loadByte(i) & 0xFF;
            RawConsole.printByte(b < 0x80 ? b : '?');
        }
    }

    private static Address entry(int function) {
        return Magic.symbolAddress("__symbol_table").plus(HEADER_SIZE + (long) function * ENTRY_SIZE);
    }
}
