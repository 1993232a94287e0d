package ariadne.loader.memory;

import ariadne.base.ObjectLayout;
import ariadne.magic.Address;
import ariadne.magic.Magic;

/**
 * Memory for loaded sections: first-fit over free ranges kept sorted by address and merged
 * with their neighbours on release, so loading and unloading a cell returns the counters to
 * where they were. The ranges come from heap chunks taken on demand and never given back (the
 * boot heap cannot take memory back); they lie in the identity-mapped low 4 GiB near the image,
 * so loaded code reaches the nucleus with 32-bit displacements.
 *
 * <p>Page rights (text RX, data RW+NX, rodata RO) need the page-mapping API of
 * {@code nucleus/memory}; until it lands every range is read-write-execute like the heap.
 */
public final class SectionArena {
    private static final long CHUNK = 1L << 20;
    private static final long GRAIN = 16;

    /** Free ranges, sorted by start: [starts[i], starts[i] + sizes[i]). */
    private long[] starts = new long[16];
    private long[] sizes = new long[16];
    private int freeCount;
    /** The heap arrays backing the chunks, held so that they stay allocated. */
    private Object[] chunks = new Object[4];
    private int chunkCount;
    private long reserved;
    private long inUse;
    private int blocks;

    /** A zeroed block of {@code size} bytes aligned to {@code alignment} (a power of two). */
    public Address allocate(long size, long alignment) {
        long need = roundUp(size < 1 ? 1 : size, GRAIN);
        long align = alignment < GRAIN ? GRAIN : alignment;
        int slot = findFit(need, align);
        if (slot < 0) {
            addChunk(need + align);
            slot = findFit(need, align);
        }
        long start = roundUp(starts[slot], align);
        long end = starts[slot] + sizes[slot];
        long before = start - starts[slot];
        removeFree(slot);
        if (before > 0) {
            release(start - before, before);
        }
        if (end - (start + need) > 0) {
            release(start + need, end - (start + need));
        }
        inUse += need;
        blocks++;
        Address block = Address.fromLong(start);
        ariadne.base.Memory.zero(block, need);
        return block;
    }

    /** Gives back a block from {@link #allocate} with the size it was asked for. */
    public void free(Address block, long size) {
        long need = roundUp(size < 1 ? 1 : size, GRAIN);
        inUse -= need;
        blocks--;
        release(block.toLong(), need);
    }

    /** Bytes handed out and not yet freed. */
    public long bytesInUse() {
        return inUse;
    }

    /** Blocks handed out and not yet freed. */
    public int blocksInUse() {
        return blocks;
    }

    /** Bytes taken from the heap so far. */
    public long bytesReserved() {
        return reserved;
    }

    private int findFit(long need, long align) {
        for (int i = 0; i < freeCount; i++) {
            long start = roundUp(starts[i], align);
            if (start + need <= starts[i] + sizes[i]) {
                return i;
            }
        }
        return -1;
    }

    private void addChunk(long atLeast) {
        long size = atLeast > CHUNK ? roundUp(atLeast, CHUNK) : CHUNK;
        long[] memory = new long[(int) (size / 8) + 2];
        if (chunkCount == chunks.length) {
            Object[] larger = new Object[chunkCount * 2];
            System.arraycopy(chunks, 0, larger, 0, chunkCount);
            chunks = larger;
        }
        chunks[chunkCount++] = memory;
        long start = roundUp(Magic.objectAddress(memory).plus(ObjectLayout.ARRAY_ELEMENTS).toLong(), GRAIN);
        reserved += size;
        release(start, size);
    }

    /** Inserts a free range, merging it with the ranges it touches. */
    private void release(long start, long size) {
        int i = 0;
        while (i < freeCount && starts[i] < start) {
            i++;
        }
        boolean joinsPrevious = i > 0 && starts[i - 1] + sizes[i - 1] == start;
        boolean joinsNext = i < freeCount && start + size == starts[i];
        if (joinsPrevious && joinsNext) {
            sizes[i - 1] += size + sizes[i];
            removeFree(i);
        } else if (joinsPrevious) {
            sizes[i - 1] += size;
        } else if (joinsNext) {
            starts[i] = start;
            sizes[i] += size;
        } else {
            insertFree(i, start, size);
        }
    }

    private void insertFree(int at, long start, long size) {
        if (freeCount == starts.length) {
            long[] s = new long[freeCount * 2];
            long[] z = new long[freeCount * 2];
            System.arraycopy(starts, 0, s, 0, freeCount);
            System.arraycopy(sizes, 0, z, 0, freeCount);
            starts = s;
            sizes = z;
        }
        System.arraycopy(starts, at, starts, at + 1, freeCount - at);
        System.arraycopy(sizes, at, sizes, at + 1, freeCount - at);
        starts[at] = start;
        sizes[at] = size;
        freeCount++;
    }

    private void removeFree(int at) {
        System.arraycopy(starts, at + 1, starts, at, freeCount - at - 1);
        System.arraycopy(sizes, at + 1, sizes, at, freeCount - at - 1);
        freeCount--;
    }

    private static long roundUp(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }
}
