package ariadne.memory.heap;

import ariadne.magic.Address;

/**
 * The heap's unit of address space: {@link #SIZE} bytes at a {@link #SIZE}-aligned address,
 * starting with a header that says what the span holds, so that freeing an object finds it by
 * rounding the object's address down.
 * <pre>
 *   +0  int   size class of its cells, or {@link #LARGE}
 *   +8  long  pages mapped (a large object's pages; a small span's are all of it)
 *   +64 the cells, or the large object
 * </pre>
 */
final class Span {
    static final long SIZE = 16L << 10;
    static final long HEADER = 64;
    static final int LARGE = -1;
    private static final int KIND = 0;
    private static final int PAGES = 8;

    private Span() {
    }

    static Address of(Address object) {
        return Address.fromLong(object.toLong() & -SIZE);
    }

    static int kind(Address span) {
        return span.loadInt(KIND);
    }

    static long pages(Address span) {
        return span.loadLong(PAGES);
    }

    static void describe(Address span, int kind, long pages) {
        span.storeInt(KIND, kind);
        span.storeLong(PAGES, pages);
    }

    /** Spans needed for {@code bytes} of payload after the header. */
    static long spansFor(long bytes) {
        return (HEADER + bytes + SIZE - 1) / SIZE;
    }
}
