package ariadne.memory;

/** The 4 KiB page and frame size, and rounding to it. */
public final class Page {
    public static final int SHIFT = 12;
    public static final long SIZE = 1L << SHIFT;

    private Page() {
    }

    public static long alignDown(long address) {
        return address & -SIZE;
    }

    public static long alignUp(long address) {
        return (address + SIZE - 1) & -SIZE;
    }

    /** Pages needed to hold {@code bytes} bytes. */
    public static long count(long bytes) {
        return alignUp(bytes) >>> SHIFT;
    }
}
