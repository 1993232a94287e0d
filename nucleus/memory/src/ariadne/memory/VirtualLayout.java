package ariadne.memory;

/**
 * Where things live in the single address space (all in the lower canonical half, above the
 * direct map of physical memory, which starts at 0).
 */
final class VirtualLayout {
    /** The kernel heap's spans and large objects. */
    static final long HEAP_BASE = 0x0000_1000_0000_0000L;
    static final long HEAP_SIZE = 1L << 40;
    /** Task stacks, one fixed-size slot each (see {@link StackAllocator}). */
    static final long STACKS_BASE = 0x0000_2000_0000_0000L;
    static final long STACKS_SIZE = 1L << 42;
    /** Mappings made with {@link MappedPages}. */
    static final long REGIONS_BASE = 0x0000_3000_0000_0000L;
    static final long REGIONS_SIZE = 1L << 44;

    private VirtualLayout() {
    }
}
