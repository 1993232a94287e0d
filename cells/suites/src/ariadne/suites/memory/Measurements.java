package ariadne.suites.memory;

import ariadne.magic.Address;
import ariadne.magic.Magic;
import ariadne.memory.Frames;
import ariadne.memory.MappedPages;
import ariadne.memory.PageFlags;
import ariadne.memory.PageTables;
import ariadne.memory.heap.Heap;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/**
 * Prints {@code MEASURE name value} lines: the memory in use when the suite starts (right after
 * boot) and the cost of a small allocation and of a map/unmap pair in TSC counts, which are
 * guest instructions under QEMU's {@code -icount shift=0,sleep=off}.
 */
final class Measurements {
    private static final int ROUNDS = 1000;

    private Measurements() {
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("footprintAfterBootAndCosts") {
            @Override
            protected void run() {
                long framesUsed = Frames.usedFrames();
                long heapInUse = Heap.bytesInUse();
                long heapMapped = Heap.bytesMapped();
                print("frames-used-after-boot", framesUsed);
                print("frames-total", Frames.totalFrames());
                print("page-table-frames", Frames.pageTableFrames());
                print("heap-bytes-in-use-after-boot", heapInUse);
                print("heap-bytes-mapped-after-boot", heapMapped);
                print("small-allocation-tsc", smallAllocationCost());
                print("map-unmap-pair-tsc", mapUnmapCost());
                Check.isTrue(framesUsed > 0 && framesUsed < Frames.totalFrames(), "some frames in use, some free");
            }
        });
    }

    /** One {@code new Object()} (16 bytes), less the loop around it. */
    // sound: Heap.free gets objects this test allocated, and the test drops every reference to them after the free
    @SuppressWarnings("ownership:cell.boundary.shared")
    private static long smallAllocationCost() {
        Object[] keep = new Object[ROUNDS];
        long start = Magic.rdtsc();
        for (int i = 0; i < ROUNDS; i++) {
            keep[i] = new Object();
        }
        long allocating = Magic.rdtsc() - start;
        start = Magic.rdtsc();
        for (int i = 0; i < ROUNDS; i++) {
            keep[i] = keep;
        }
        long looping = Magic.rdtsc() - start;
        Heap.free(keep);
        return (allocating - looping) / ROUNDS;
    }

    /** Mapping one page to a given frame and unmapping it again (page tables already present). */
    private static long mapUnmapCost() {
        MappedPages window = MappedPages.allocate(1, PageFlags.DATA);
        Address page = window.start();
        long frame = PageTables.translate(page);
        long start = Magic.rdtsc();
        for (int i = 0; i < ROUNDS; i++) {
            PageTables.unmap(page);
            PageTables.map(page, frame, PageFlags.DATA);
        }
        long cost = (Magic.rdtsc() - start) / ROUNDS;
        window.release();
        return cost;
    }

    private static void print(String name, long value) {
        System.out.println("MEASURE " + name + " " + value);
    }
}
