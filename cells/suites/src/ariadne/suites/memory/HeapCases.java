package ariadne.suites.memory;

import ariadne.magic.Magic;
import ariadne.memory.Frames;
import ariadne.memory.heap.Heap;
import ariadne.ownership.Unique;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/** The kernel heap: contents under mixed sizes, reuse, large objects, counters, exhaustion. */
final class HeapCases {
    private static final int OBJECTS = 600;

    private HeapCases() {
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("heapStressMixedSizes") {
            @Override
            // sound: Heap.free gets objects this test allocated, and the test drops every reference to them after the free
            @SuppressWarnings("ownership:cell.boundary.shared")
            protected void run() {
                long inUse = Heap.bytesInUse();
                byte[][] arrays = new byte[OBJECTS][];
                int[] seeds = new int[OBJECTS];
                for (int round = 0; round < 3; round++) {
                    for (int i = 0; i < OBJECTS; i++) {
                        if (arrays[i] == null) {
                            seeds[i] = i * 3 + round;
                            arrays[i] = filled(sizeFor(i, round), seeds[i]);
                        }
                    }
                    for (int i = 0; i < OBJECTS; i++) {
                        checkFilled(arrays[i], seeds[i]);
                    }
                    for (int i = round % 2; i < OBJECTS; i += 2) {
                        Heap.free(arrays[i]);
                        arrays[i] = null;
                    }
                }
                for (int i = 0; i < OBJECTS; i++) {
                    if (arrays[i] != null) {
                        Heap.free(arrays[i]);
                    }
                }
                Heap.free(arrays);
                Heap.free(seeds);
                Check.equal(inUse, Heap.bytesInUse(), "bytes in use after freeing everything");
            }
        });
        cases.add(new TestCase("freedCellsAreReused") {
            @Override
            protected void run() {
                @Unique Object first = new long[5]; // the test's only reference, moved into Heap.free
                long address = Magic.objectAddress(first).toLong();
                Heap.free(first);
                @Unique Object second = new long[5];
                Check.equal(address, Magic.objectAddress(second).toLong(), "same cell");
                Check.equal(0, ((long[]) second)[4], "a reused cell is zeroed");
                Heap.free(second);
            }
        });
        cases.add(new TestCase("largeObjectsHaveTheirOwnPages") {
            @Override
            protected void run() {
                Heap.free(new int[256 * 1024]); // page tables for where it goes now exist
                long free = Frames.freeFrames();
                long large = Heap.largeObjects();
                int @Unique [] big = new int[256 * 1024];
                Check.isTrue(free - Frames.freeFrames() >= 256, "a 1 MiB array took at least 256 frames");
                Check.equal(large + 1, Heap.largeObjects(), "large objects");
                big[0] = 1;
                big[big.length - 1] = 2;
                Check.equal(3, big[0] + big[big.length - 1], "both ends usable");
                Heap.free(big);
                Check.equal(free, Frames.freeFrames(), "its frames came back");
                Check.equal(large, Heap.largeObjects(), "large objects after free");
            }
        });
        cases.add(new TestCase("countersAdvance") {
            @Override
            protected void run() {
                long allocated = Heap.objectsAllocated();
                long freed = Heap.objectsFreed();
                long inUse = Heap.bytesInUse();
                @Unique Object o = new Object();
                Check.equal(allocated + 1, Heap.objectsAllocated(), "objects allocated");
                Check.equal(inUse + 16, Heap.bytesInUse(), "bytes in use (16-byte class)");
                Heap.free(o);
                Check.equal(freed + 1, Heap.objectsFreed(), "objects freed");
                Check.isTrue(Heap.bytesMapped() >= Heap.bytesInUse(), "mapped covers what is in use");
            }
        });
    }

    /** Exhaustion: needs OutOfMemoryError to be catchable. */
    static void addExhaustion(CaseList cases) {
        cases.add(new TestCase("outOfMemoryThenNormalOperation") {
            @Override
            // sound: Heap.free gets objects this test allocated, and the test drops every reference to them after the free
            @SuppressWarnings("ownership:cell.boundary.shared")
            protected void run() {
                boolean thrown = false;
                try {
                    long[] impossible = new long[Integer.MAX_VALUE - 8];
                    impossible[0] = 1;
                } catch (OutOfMemoryError e) {
                    thrown = true;
                }
                Check.isTrue(thrown, "a 16 GiB array throws OutOfMemoryError");
                long limit = Heap.limit();
                Heap.setLimit(Heap.bytesMapped() + (2L << 20));
                Object[] held = new Object[256];
                int count = 0;
                try {
                    while (count < held.length) {
                        held[count] = new byte[60 * 1024];
                        count++;
                    }
                } catch (OutOfMemoryError e) {
                    thrown = true;
                } finally {
                    Heap.setLimit(limit);
                }
                Check.isTrue(count > 0 && count < held.length, "the limit was reached after some allocations");
                for (int i = 0; i < count; i++) {
                    Heap.free(held[i]);
                }
                byte[] after = new byte[60 * 1024];
                after[after.length - 1] = 1;
                Check.equal(1, after[after.length - 1], "allocation works again");
                Heap.free(after);
            }
        });
    }

    /** Sizes from 1 byte to about 10 KiB: tiny, small-class and large objects, interleaved. */
    private static int sizeFor(int i, int round) {
        int k = i + round * 7;
        switch (k % 3) {
            case 0:
                return 1 + k * 37 % 64;
            case 1:
                return 64 + k * 53 % 2000;
            default:
                return 2100 + k * 97 % 8000;
        }
    }

    private static byte[] filled(int size, int seed) {
        byte[] array = new byte[size];
        for (int j = 0; j < size; j++) {
            array[j] = (byte) (seed * 31 + j);
        }
        return array;
    }

    private static void checkFilled(byte[] array, int seed) {
        for (int j = 0; j < array.length; j++) {
            if (array[j] != (byte) (seed * 31 + j)) {
                throw new AssertionError("heap contents changed at byte " + j + " of " + array.length);
            }
        }
    }
}
