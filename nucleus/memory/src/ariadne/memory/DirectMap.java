package ariadne.memory;

import ariadne.magic.Address;
import ariadne.ownership.CellState;

/**
 * Physical memory seen at its own address: the boot code identity-maps the first 4 GiB; this
 * extends the map over RAM above 4 GiB (2 MiB pages, data only) and unmaps page 0, so that a
 * null dereference faults.
 */
public final class DirectMap {
    /** What the boot page tables map. */
    static final long BOOT_LIMIT = 4L << 30;
    private static final long HUGE_PAGE = 2L << 20;
    @CellState
    private static long limit = BOOT_LIMIT;

    private DirectMap() {
    }

    /** Physical memory below this address is reachable at the same virtual address. */
    public static long limit() {
        return limit;
    }

    /** Maps {@code [limit, end)} too; false if page-table frames ran out. */
    static boolean extendTo(long end) {
        long top = (end + HUGE_PAGE - 1) & -HUGE_PAGE;
        if (top <= limit) {
            return true;
        }
        if (!PageTables.mapHuge(limit, top - limit, PageFlags.DATA | PageFlags.GLOBAL)) {
            return false;
        }
        limit = top;
        return true;
    }

    static void unmapPageZero() {
        PageTables.unmap(Address.zero());
    }
}
