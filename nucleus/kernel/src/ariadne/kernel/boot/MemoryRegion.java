package ariadne.kernel.boot;

/** One entry of the firmware memory map: a physical range and its E820 type. */
public final class MemoryRegion {

    /** E820 type of RAM the OS may use. */
    public static final int USABLE = 1;

    private final long base;
    private final long length;
    private final int type;

    public MemoryRegion(long base, long length, int type) {
        this.base = base;
        this.length = length;
        this.type = type;
    }

    public long base() {
        return base;
    }

    public long length() {
        return length;
    }

    public int type() {
        return type;
    }

    public boolean isUsable() {
        return type == USABLE;
    }
}
