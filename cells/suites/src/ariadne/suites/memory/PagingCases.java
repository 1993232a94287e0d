package ariadne.suites.memory;

import ariadne.magic.Address;
import ariadne.memory.CpuState;
import ariadne.memory.Frames;
import ariadne.memory.MappedPages;
import ariadne.memory.MemoryProbe;
import ariadne.memory.Page;
import ariadne.memory.PageFlags;
import ariadne.memory.PageTables;
import ariadne.memory.Stack;
import ariadne.memory.StackAllocator;
import ariadne.ownership.CellState;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/** Mapping, unmapping and protection, checked with memory probes (whose faults are recovered). */
final class PagingCases {
    /** {@code mov eax, 1; ret}: what {@link MemoryProbe#canExecute} runs. */
    @CellState
    private static final byte[] RETURN_ONE = {(byte) 0xB8, 1, 0, 0, 0, (byte) 0xC3};

    private PagingCases() {
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("mapWriteReadUnmap") {
            @Override
            protected void run() {
                MappedPages.allocate(3, PageFlags.DATA).release(); // page tables for the region now exist
                MappedPages pages = MappedPages.allocate(3, PageFlags.DATA);
                long free = Frames.freeFrames() + 3;
                Check.isTrue(pages != null, "three pages mapped");
                Address last = pages.start().plus(pages.size() - 8);
                Check.equal(0, last.loadLong(0), "fresh pages are zeroed");
                last.storeLong(0, 42);
                Check.equal(42, last.loadLong(0), "a written word reads back");
                Check.isTrue(PageTables.translate(last) != PageTables.NOT_MAPPED, "translates while mapped");
                pages.release();
                Check.isTrue(!MemoryProbe.canRead(last), "reading an unmapped page faults");
                Check.equal(PageTables.NOT_MAPPED, PageTables.translate(last), "no translation after release");
                Check.equal(free, Frames.freeFrames(), "the frames came back");
            }
        });
        cases.add(new TestCase("pageZeroIsUnmapped") {
            @Override
            protected void run() {
                Check.isTrue(!MemoryProbe.canRead(Address.zero()), "null cannot be read");
                Check.isTrue(!MemoryProbe.canRead(Address.fromLong(Page.SIZE - 1)), "page 0 cannot be read");
                Check.isTrue(MemoryProbe.canRead(Address.fromLong(Page.SIZE)), "page 1 is mapped");
            }
        });
        cases.add(new TestCase("readOnlyIsEnforced") {
            @Override
            protected void run() {
                MappedPages pages = MappedPages.allocate(1, PageFlags.DATA);
                pages.start().storeLong(0, 7);
                Check.isTrue(MemoryProbe.canWrite(pages.start()), "writable while DATA");
                pages.protect(PageFlags.READ_ONLY | PageFlags.NO_EXECUTE);
                Check.isTrue(!MemoryProbe.canWrite(pages.start()), "a write to a read-only page faults");
                Check.isTrue(MemoryProbe.canRead(pages.start()), "a read-only page is readable");
                Check.equal(7, pages.start().loadLong(0), "contents kept");
                pages.release();
            }
        });
        cases.add(new TestCase("noExecuteIsEnforced") {
            @Override
            protected void run() {
                Check.isTrue(PageTables.noExecuteSupported(), "the CPU has NX");
                MappedPages pages = MappedPages.allocate(1, PageFlags.DATA);
                for (int i = 0; i < RETURN_ONE.length; i++) {
                    pages.start().storeByte(i, RETURN_ONE[i]);
                }
                Check.isTrue(!MemoryProbe.canExecute(pages.start()), "fetching from a no-execute page faults");
                pages.protect(PageFlags.READ_ONLY);
                Check.isTrue(MemoryProbe.canExecute(pages.start()), "code runs once the page is executable");
                pages.release();
            }
        });
        cases.add(new TestCase("physicalMappingAliasesAFrame") {
            @Override
            protected void run() {
                long frame = Frames.allocate();
                Address direct = Address.fromLong(frame);
                direct.storeLong(16, 0x5eed);
                MappedPages alias = MappedPages.mapPhysical(frame, 1, PageFlags.DATA);
                Check.equal(0x5eed, alias.start().loadLong(16), "the alias sees the frame");
                alias.start().storeLong(24, 99);
                Check.equal(99, direct.loadLong(24), "the frame sees the alias");
                alias.release();
                Check.equal(99, direct.loadLong(24), "releasing an alias keeps the frame");
                Frames.free(frame);
            }
        });
        cases.add(new TestCase("stacksHaveGuardPages") {
            @Override
            protected void run() {
                int live = StackAllocator.liveStacks();
                Stack stack = StackAllocator.allocate(16 * 1024);
                Check.equal(16 * 1024, stack.size(), "stack size");
                Check.equal(0, stack.top().toLong() & 15, "the top is 16-byte aligned");
                Check.isTrue(MemoryProbe.canWrite(stack.bottom()), "the lowest byte is usable");
                Check.isTrue(MemoryProbe.canWrite(stack.top().minus(1)), "the highest byte is usable");
                Check.isTrue(!MemoryProbe.canRead(stack.bottom().minus(1)), "the page below is a guard");
                Check.isTrue(StackAllocator.isOverflow(stack.bottom().minus(8).toLong()), "the guard counts as overflow");
                Check.equal(live + 1, StackAllocator.liveStacks(), "live stacks");
                stack.release();
                Check.isTrue(!MemoryProbe.canRead(stack.top().minus(8)), "a released stack is unmapped");
                Check.equal(live, StackAllocator.liveStacks(), "live stacks after release");
            }
        });
        cases.add(new TestCase("codeRunsOnAnotherStack") {
            @Override
            // sound: Stack.run runs the entry synchronously and keeps no reference after it returns; the test reads the entry's fields afterwards
            @SuppressWarnings("ownership:cell.boundary.shared")
            protected void run() {
                final Stack stack = StackAllocator.allocate();
                final long[] seen = new long[1];
                stack.run(new Runnable() {
                    @Override
                    public void run() {
                        seen[0] = CpuState.stackPointer();
                    }
                });
                Check.isTrue(stack.contains(Address.fromLong(seen[0])), "the body ran on the stack");
                stack.release();
            }
        });
    }
}
