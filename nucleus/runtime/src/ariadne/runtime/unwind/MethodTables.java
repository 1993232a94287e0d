package ariadne.runtime.unwind;

import ariadne.magic.Address;
import ariadne.magic.Magic;
import ariadne.ownership.CellState;

/**
 * Finds the method-table entry ({@link MethodEntry}) of a code address. The tables are the
 * image's (gathered by the linker between {@code __method_tables_start} and
 * {@code __method_tables_end}) plus those the in-OS loader registers for the cells it loads.
 * Format: {@code ariadne.compiler.cell.MethodTableWriter}. A table whose entries ascend in code
 * address (every linked one: the linker keeps a cell's methods in order) is binary-searched;
 * any other is scanned. Code addresses compare as signed numbers: all code lies in the lower half
 * of the address space. A small direct-mapped cache remembers the entries of recent addresses
 * (throw sites and the frames above them repeat); a hit is checked against the entry's code
 * range, so a slot torn by a concurrent update is only a miss.
 */
public final class MethodTables {
    private static final int MAGIC = 0x31544d41;
    private static final int HEADER_SIZE = 16;
    private static final int MAX_TABLES = 256;
    private static final int CACHE_SLOTS = 256;

    @CellState
    private static final long[] TABLES = new long[MAX_TABLES];
    /** Code range of each table: [lowest start, highest end). */
    @CellState
    private static final long[] LOW = new long[MAX_TABLES];
    @CellState
    private static final long[] HIGH = new long[MAX_TABLES];
    @CellState
    private static final boolean[] ASCENDING = new boolean[MAX_TABLES];
    @CellState
    private static int count;
    @CellState
    private static boolean linkedTablesAdded;
    @CellState
    private static final long[] CACHED_PC = new long[CACHE_SLOTS];
    @CellState
    private static final long[] CACHED_ENTRY = new long[CACHE_SLOTS];

    private MethodTables() {
    }

    /**
     * Makes the method table at {@code table} (a cell's {@code methods:CELL} symbol, relocated)
     * known to the unwinder and to stack traces. The loader calls this after relocating a cell and
     * before running any of its code. False if it is not a method table or there is no room.
     */
    public static boolean register(Address table) {
        addLinkedTables();
        return add(table);
    }

    /** Forgets the table registered at {@code table} (its cell is being unloaded). */
    public static void unregister(Address table) {
        for (int i = 0; i < count; i++) {
            if (TABLES[i] == table.toLong()) {
                int last = count - 1;
                TABLES[i] = TABLES[last];
                LOW[i] = LOW[last];
                HIGH[i] = HIGH[last];
                ASCENDING[i] = ASCENDING[last];
                count = last;
                for (int slot = 0; slot < CACHE_SLOTS; slot++) {
                    CACHED_ENTRY[slot] = 0;
                }
                return;
            }
        }
    }

    /** The entry of the method whose code holds {@code pc}, or zero. */
    public static Address entryAt(long pc) {
        int slot = (int) (pc ^ pc >>> 8) & (CACHE_SLOTS - 1);
        if (CACHED_PC[slot] == pc) {
            Address cached = Address.fromLong(CACHED_ENTRY[slot]);
            if (!cached.isZero() && MethodEntry.contains(cached, pc)) {
                return cached;
            }
        }
        Address entry = lookUp(pc);
        CACHED_ENTRY[slot] = entry.toLong();
        CACHED_PC[slot] = pc;
        return entry;
    }

    private static Address lookUp(long pc) {
        addLinkedTables();
        for (int i = 0; i < count; i++) {
            if (pc >= LOW[i] && pc < HIGH[i]) {
                Address table = Address.fromLong(TABLES[i]);
                Address entry = ASCENDING[i] ? search(table, pc) : scan(table, pc);
                if (!entry.isZero()) {
                    return entry;
                }
            }
        }
        return Address.zero();
    }

    private static void addLinkedTables() {
        if (linkedTablesAdded) {
            return;
        }
        linkedTablesAdded = true;
        Address table = Magic.symbolAddress("__method_tables_start");
        Address end = Magic.symbolAddress("__method_tables_end");
        while (table.lessThan(end) && table.loadInt(0) == MAGIC) {
            add(table);
            table = table.plus(table.loadInt(8));
        }
    }

    private static boolean add(Address table) {
        if (table.loadInt(0) != MAGIC || count == MAX_TABLES) {
            return false;
        }
        int methods = table.loadInt(4);
        long low = Long.MAX_VALUE;
        long high = 0;
        long previousStart = 0;
        boolean ascending = true;
        for (int i = 0; i < methods; i++) {
            Address entry = entry(table, i);
            long start = MethodEntry.codeStart(entry);
            long end = start + MethodEntry.codeSize(entry);
            ascending = ascending && start >= previousStart;
            previousStart = start;
            low = Math.min(low, start);
            high = Math.max(high, end);
        }
        TABLES[count] = table.toLong();
        LOW[count] = low;
        HIGH[count] = high;
        ASCENDING[count] = ascending;
        count++;
        return true;
    }

    private static Address entry(Address table, int index) {
        return table.plus(HEADER_SIZE + (long) index * MethodEntry.SIZE);
    }

    /** Binary search for the last entry starting at or below {@code pc}. */
    private static Address search(Address table, long pc) {
        int low = 0;
        int high = table.loadInt(4) - 1;
        Address entries = table.plus(HEADER_SIZE);
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (entries.loadLong((long) middle * MethodEntry.SIZE) <= pc) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        Address candidate = entry(table, low);
        return MethodEntry.contains(candidate, pc) ? candidate : Address.zero();
    }

    private static Address scan(Address table, long pc) {
        int methods = table.loadInt(4);
        for (int i = 0; i < methods; i++) {
            Address entry = entry(table, i);
            if (MethodEntry.contains(entry, pc)) {
                return entry;
            }
        }
        return Address.zero();
    }
}
