package ariadne.memory;

import ariadne.base.ObjectLayout;
import ariadne.magic.Address;
import ariadne.magic.Magic;
import ariadne.ownership.CellState;

/**
 * The one set of page tables of the single address space (the boot tables, taken over):
 * map, unmap and re-protect 4 KiB pages, with TLB invalidation. Page-table frames are reached
 * through the direct map. Huge pages (from the boot identity map) are split into 4 KiB pages
 * where a change needs it. Safe from any CPU and from interrupt handlers.
 */
public final class PageTables {
    /** Result of {@link #translate} and {@link #unmap} for an address that is not mapped. */
    public static final long NOT_MAPPED = -1;

    private static final long ADDRESS_BITS = 0x000F_FFFF_FFFF_F000L;
    private static final int ENTRIES = 512;
    private static final int TOP_SHIFT = 39;
    private static final long TABLE_FLAGS = PageFlags.PRESENT | PageFlags.WRITABLE;
    @CellState
    private static final SpinLock LOCK = new SpinLock();
    @CellState
    private static boolean noExecute;

    private PageTables() {
    }

    /** Turns on what the flags need: NX (EFER.NXE, if the CPU has it), CR0.WP and CR4.PGE. */
    static void enableProtection() {
        long[] words = new long[2];
        Mmu.cpuid(0x80000001, 0, Magic.objectAddress(words).plus(ObjectLayout.ARRAY_ELEMENTS));
        noExecute = ((words[1] >>> 52) & 1) != 0; // edx (high half of words[1]) bit 20: NX
        if (noExecute) {
            Mmu.writeMsr(Mmu.MSR_EFER, Mmu.readMsr(Mmu.MSR_EFER) | Mmu.EFER_NO_EXECUTE_ENABLE);
        }
        Mmu.writeCr0(Mmu.readCr0() | Mmu.CR0_WRITE_PROTECT);
        Mmu.writeCr4(Mmu.readCr4() | Mmu.CR4_GLOBAL_PAGES);
    }

    /** Whether {@link PageFlags#NO_EXECUTE} is enforced on this CPU. */
    public static boolean noExecuteSupported() {
        return noExecute;
    }

    /**
     * Maps the page at {@code virtual} to the frame at {@code physical} with {@code flags}.
     * Returns false if a page-table frame was needed and none was left.
     */
    public static boolean map(Address virtual, long physical, long flags) {
        long saved = LOCK.lock();
        Address entry = leafEntry(virtual.toLong(), true);
        if (entry.isZero()) {
            LOCK.unlock(saved);
            return false;
        }
        boolean wasPresent = (entry.loadLong() & PageFlags.PRESENT) != 0;
        entry.storeLong(0, (physical & ADDRESS_BITS) | PageFlags.PRESENT | effective(flags));
        if (wasPresent) {
            Mmu.invalidate(virtual);
        }
        LOCK.unlock(saved);
        return true;
    }

    /** Unmaps the page at {@code virtual}; returns the frame it mapped, or {@link #NOT_MAPPED}. */
    public static long unmap(Address virtual) {
        long saved = LOCK.lock();
        Address entry = leafEntry(virtual.toLong(), false);
        long physical = NOT_MAPPED;
        if (!entry.isZero() && (entry.loadLong() & PageFlags.PRESENT) != 0) {
            physical = entry.loadLong() & ADDRESS_BITS;
            entry.storeLong(0, 0);
            Mmu.invalidate(virtual);
        }
        LOCK.unlock(saved);
        return physical;
    }

    /** Changes the flags of the mapped page at {@code virtual}; false if it is not mapped. */
    public static boolean protect(Address virtual, long flags) {
        long saved = LOCK.lock();
        Address entry = leafEntry(virtual.toLong(), false);
        boolean mapped = !entry.isZero() && (entry.loadLong() & PageFlags.PRESENT) != 0;
        if (mapped) {
            entry.storeLong(0, (entry.loadLong() & ADDRESS_BITS) | PageFlags.PRESENT | effective(flags));
            Mmu.invalidate(virtual);
        }
        LOCK.unlock(saved);
        return mapped;
    }

    /** The physical address {@code virtual} maps to, or {@link #NOT_MAPPED}. Does not lock. */
    public static long translate(Address virtual) {
        return lookUp(virtual.toLong(), false);
    }

    /** The flags of the page at {@code virtual} ({@link PageFlags} bits), or {@link #NOT_MAPPED}. */
    public static long flagsOf(Address virtual) {
        return lookUp(virtual.toLong(), true);
    }

    /**
     * The one walk behind {@link #translate} and {@link #flagsOf}: down to the entry that maps
     * {@code address} (a 4 KiB one, or a huge one higher up); its flags, or the physical address
     * it gives {@code address}; {@link #NOT_MAPPED} at the first entry not present.
     */
    private static long lookUp(long address, boolean flags) {
        Address table = root();
        for (int shift = TOP_SHIFT; shift >= Page.SHIFT; shift -= 9) {
            long entry = table.loadLong(indexAt(address, shift) * 8);
            if ((entry & PageFlags.PRESENT) == 0) {
                return NOT_MAPPED;
            }
            if (shift == Page.SHIFT || (entry & PageFlags.HUGE) != 0) {
                long pageMask = (1L << shift) - 1;
                return flags ? entry & PageFlags.CHOOSABLE : (entry & ADDRESS_BITS & ~pageMask) | (address & pageMask);
            }
            table = Address.fromLong(entry & ADDRESS_BITS);
        }
        return NOT_MAPPED;
    }

    /**
     * Maps {@code [physical, physical + bytes)} at the same virtual addresses with 2 MiB pages
     * (both ends 2 MiB aligned), where nothing is mapped yet: how the direct map grows.
     */
    static boolean mapHuge(long physical, long bytes, long flags) {
        long saved = LOCK.lock();
        boolean ok = true;
        for (long address = physical; address < physical + bytes && ok; address += 1L << 21) {
            Address directory = tableAt(address, 21, true);
            if (directory.isZero()) {
                ok = false;
            } else {
                Address entry = directory.plus(indexAt(address, 21) * 8);
                if ((entry.loadLong() & PageFlags.PRESENT) == 0) {
                    entry.storeLong(0, address | PageFlags.PRESENT | PageFlags.HUGE | effective(flags));
                }
            }
        }
        LOCK.unlock(saved);
        return ok;
    }

    private static long effective(long flags) {
        long chosen = flags & PageFlags.CHOOSABLE;
        return noExecute ? chosen : chosen & ~PageFlags.NO_EXECUTE;
    }

    private static Address root() {
        return Address.fromLong(Mmu.readCr3() & ADDRESS_BITS);
    }

    private static long indexAt(long address, int shift) {
        return (address >>> shift) & (ENTRIES - 1);
    }

    /** The 4 KiB entry for {@code address}, splitting huge pages; zero if a table is missing and not created. */
    private static Address leafEntry(long address, boolean create) {
        Address table = tableAt(address, Page.SHIFT, create);
        return table.isZero() ? table : table.plus(indexAt(address, Page.SHIFT) * 8);
    }

    /**
     * The table whose entries are indexed by the address bits at {@code shift} (12: a page
     * table, 21: a page directory), walking down from the root; zero if missing and not created.
     */
    private static Address tableAt(long address, int shift, boolean create) {
        Address table = root();
        for (int level = TOP_SHIFT; level > shift; level -= 9) {
            Address entry = table.plus(indexAt(address, level) * 8);
            long value = entry.loadLong();
            if ((value & PageFlags.PRESENT) == 0) {
                if (!create) {
                    return Address.zero();
                }
                long frame = Frames.allocateTable();
                if (frame == FrameAllocator.NONE) {
                    return Address.zero();
                }
                value = frame | TABLE_FLAGS;
                entry.storeLong(0, value);
            } else if ((value & PageFlags.HUGE) != 0) {
                value = split(entry, value, level);
                if (value == 0) {
                    return Address.zero();
                }
            }
            table = Address.fromLong(value & ADDRESS_BITS);
        }
        return table;
    }

    /**
     * Replaces the huge page in {@code entry} (at level {@code shift}) by a table of 512
     * smaller pages mapping the same memory with the same rights; returns the new entry, 0 if
     * no frame was left.
     */
    private static long split(Address entry, long huge, int shift) {
        long frame = Frames.allocateTable();
        if (frame == FrameAllocator.NONE) {
            return 0;
        }
        int smallerShift = shift - 9;
        long base = huge & ADDRESS_BITS & ~((1L << shift) - 1);
        long rights = huge & (PageFlags.CHOOSABLE | PageFlags.PRESENT);
        long hugeBit = smallerShift == Page.SHIFT ? 0 : PageFlags.HUGE; // bit 7 of a 4 KiB entry is PAT
        Address table = Address.fromLong(frame);
        for (int i = 0; i < ENTRIES; i++) {
            table.storeLong(i * 8L, (base + ((long) i << smallerShift)) | rights | hugeBit);
        }
        long value = frame | TABLE_FLAGS;
        entry.storeLong(0, value);
        Mmu.invalidate(Address.fromLong(base));
        return value;
    }
}
