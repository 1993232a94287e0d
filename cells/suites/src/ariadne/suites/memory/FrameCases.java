package ariadne.suites.memory;

import ariadne.base.ObjectLayout;
import ariadne.magic.Address;
import ariadne.magic.Magic;
import ariadne.memory.DirectMap;
import ariadne.memory.FrameAllocator;
import ariadne.memory.Frames;
import ariadne.memory.Page;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/** The physical frame allocator: the system's, and a private one small enough to exhaust. */
final class FrameCases {
    private static final long FOUR_GIB = 4L << 30;

    private FrameCases() {
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("framesAllocateFreeReuse") {
            @Override
            protected void run() {
                long free = Frames.freeFrames();
                long frame = Frames.allocate();
                Check.isTrue(frame != FrameAllocator.NONE, "a frame is available");
                Check.equal(0, frame & (Page.SIZE - 1), "frames are page aligned");
                Check.equal(free - 1, Frames.freeFrames(), "free frames after allocate");
                Address memory = Address.fromLong(frame);
                memory.storeLong(0, 0x1122334455667788L);
                memory.storeLong(Page.SIZE - 8, -2L);
                Check.equal(0x1122334455667788L, memory.loadLong(0), "first word through the direct map");
                Check.equal(-2L, memory.loadLong(Page.SIZE - 8), "last word through the direct map");
                Frames.free(frame);
                Check.equal(free, Frames.freeFrames(), "free frames after free");
                Check.equal(frame, Frames.allocate(), "the freed frame is the next one handed out");
                Frames.free(frame);
            }
        });
        cases.add(new TestCase("contiguousRuns") {
            @Override
            protected void run() {
                long free = Frames.freeFrames();
                long run = Frames.allocateRun(16);
                Check.isTrue(run != FrameAllocator.NONE, "16 contiguous frames are available");
                Check.equal(free - 16, Frames.freeFrames(), "free frames after the run");
                Frames.freeRun(run, 16);
                Check.equal(free, Frames.freeFrames(), "free frames after freeing the run");
                Check.equal(FrameAllocator.NONE, Frames.allocateRun(Frames.totalFrames() + 1), "a run larger than memory");
                long low = Frames.allocateRunBelow(4, 16L << 20);
                Check.isTrue(low != FrameAllocator.NONE && low + 4 * Page.SIZE <= 16L << 20, "a run below 16 MiB");
                Frames.freeRun(low, 4);
            }
        });
        cases.add(new TestCase("frameExhaustionAndRecovery") {
            @Override
            protected void run() {
                long run = Frames.allocateRun(64);
                long[] bitmap = new long[1];
                Address bits = Magic.objectAddress(bitmap).plus(ObjectLayout.ARRAY_ELEMENTS);
                FrameAllocator small = new FrameAllocator(run, 64, bits);
                small.release(run, run + 64 * Page.SIZE);
                Check.equal(64, small.freeFrames(), "free frames of the private allocator");
                long[] taken = new long[64];
                for (int i = 0; i < 64; i++) {
                    taken[i] = small.allocate();
                    Check.isTrue(taken[i] >= run && taken[i] < run + 64 * Page.SIZE, "frame inside the range");
                }
                Check.equal(FrameAllocator.NONE, small.allocate(), "allocate when exhausted");
                Check.equal(FrameAllocator.NONE, small.allocateRun(2), "run when exhausted");
                small.free(taken[17]);
                Check.equal(taken[17], small.allocate(), "the only free frame after exhaustion");
                for (int i = 0; i < 64; i++) {
                    small.free(taken[i]);
                }
                Check.equal(64, small.freeFrames(), "all frames back");
                Check.isTrue(small.allocateRun(64) == run, "the whole range as one run");
                Frames.freeRun(run, 64);
            }
        });
        cases.add(new TestCase("memoryAbove4GiBIsUsed") {
            @Override
            protected void run() {
                long end = Frames.end();
                Check.isTrue(DirectMap.limit() >= end, "the direct map covers all RAM");
                long frame = Frames.allocate();
                if (end > FOUR_GIB) {
                    Check.isTrue(frame >= FOUR_GIB, "frames come from above 4 GiB first");
                } else {
                    Check.isTrue(frame < FOUR_GIB, "all frames below 4 GiB");
                }
                Address memory = Address.fromLong(frame);
                memory.storeLong(8, frame);
                Check.equal(frame, memory.loadLong(8), "the frame is usable at its address");
                Frames.free(frame);
            }
        });
    }
}
