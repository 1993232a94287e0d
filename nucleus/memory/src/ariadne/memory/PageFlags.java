package ariadne.memory;

/**
 * Access rights of a mapping, as x86-64 page-table bits. Every mapping is present and
 * readable; combine the rest with {@code |}. {@link #READ_ONLY} (0) is readable, executable
 * code or data that cannot be written.
 */
public final class PageFlags {
    public static final long READ_ONLY = 0;
    public static final long WRITABLE = 1L << 1;
    /** Survives address-space switches in the TLB (the nucleus's own mappings). */
    public static final long GLOBAL = 1L << 8;
    /** Instruction fetches fault (when the CPU supports NX; see {@link PageTables#noExecuteSupported}). */
    public static final long NO_EXECUTE = 1L << 63;
    /** Ordinary data: writable, not executable. */
    public static final long DATA = WRITABLE | NO_EXECUTE;

    static final long PRESENT = 1L;
    static final long HUGE = 1L << 7;
    /** The bits a caller may choose. */
    static final long CHOOSABLE = WRITABLE | GLOBAL | NO_EXECUTE;

    private PageFlags() {
    }
}
