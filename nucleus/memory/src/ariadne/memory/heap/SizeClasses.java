package ariadne.memory.heap;

/**
 * The size classes of small objects: each request is rounded up to the next class, so a span
 * of one class holds cells of one size. Steps grow with the size, keeping the rounding loss
 * under about 25%.
 */
final class SizeClasses {
    /** The largest small object; anything bigger is a large object with pages of its own. */
    static final int MAX_SMALL = 2048;
    static final int GRANULE_SHIFT = 3;

    private final int[] sizes = {16, 24, 32, 48, 64, 80, 96, 128, 160, 192, 256, 320, 384, 512, 640, 768,
            1024, 1280, 1536, 2048};
    /** Class index by size in 8-byte granules. */
    private final byte[] classOfGranules = new byte[(MAX_SMALL >> GRANULE_SHIFT) + 1];

    SizeClasses() {
        int c = 0;
        for (int granules = 0; granules < classOfGranules.length; granules++) {
            while (sizes[c] < granules << GRANULE_SHIFT) {
                c++;
            }
            classOfGranules[granules] = (byte) c;
        }
    }

    /** Class index by size in 8-byte granules (rounded up): the table {@link #classOf} reads. */
    byte[] classOfGranules() {
        return classOfGranules;
    }

    /** Size in bytes by class index. */
    int[] sizes() {
        return sizes;
    }

    int count() {
        return sizes.length;
    }

    /** The class of a request of {@code bytes} (1 to {@link #MAX_SMALL}). */
    int classOf(long bytes) {
        return classOfGranules[(int) ((bytes + 7) >> GRANULE_SHIFT)];
    }

    int sizeOf(int sizeClass) {
        return sizes[sizeClass];
    }
}
