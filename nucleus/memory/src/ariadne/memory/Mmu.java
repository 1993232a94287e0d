package ariadne.memory;

import ariadne.magic.Address;

/**
 * Control registers, TLB invalidation, MSRs and CPUID: boot code bound at link time
 * ({@code ariadne.boot.MemoryPrimitives}).
 */
public final class Mmu {
    /** CR0.WP: supervisor writes honour read-only pages. */
    public static final long CR0_WRITE_PROTECT = 1L << 16;
    /** CR4.PGE: global pages survive CR3 reloads. */
    public static final long CR4_GLOBAL_PAGES = 1L << 7;
    public static final int MSR_EFER = 0xC0000080;
    /** EFER.NXE: page-table bit 63 means no-execute. */
    public static final long EFER_NO_EXECUTE_ENABLE = 1L << 11;

    private Mmu() {
    }

    public static native long readCr0();

    public static native void writeCr0(long value);

    public static native long readCr3();

    public static native void writeCr3(long value);

    public static native long readCr4();

    public static native void writeCr4(long value);

    /** {@code invlpg}: drops the TLB entries for the page holding {@code virtual}. */
    public static native void invalidate(Address virtual);

    public static native long readMsr(int msr);

    public static native void writeMsr(int msr, long value);

    /** Stores eax, ebx, ecx, edx of CPUID leaf {@code leaf}/{@code subleaf} as four ints at {@code out}. */
    public static native void cpuid(int leaf, int subleaf, Address out);
}
