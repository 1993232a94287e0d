package ariadne.suites.tasks;

import ariadne.memory.Frames;
import ariadne.memory.Page;
import ariadne.memory.heap.Heap;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;
import ariadne.task.JoinHandle;
import ariadne.task.OneShot;
import ariadne.task.Task;
import ariadne.task.TaskSystem;
import ariadne.task.sync.Semaphore;

/** Many tasks: nested, in sequence, and alive at once. */
final class ScaleCases {
    private static final int TREE_SIZE = 1000;
    private static final int SEQUENTIAL = 10_000;
    private static final int ALIVE = 1000;
    /**
     * Heap a spawn+join may leave behind until there is a collector: handle, record, entry,
     * boxes. Frames are given back (the stack returns to the pool); only the heap's growth may
     * take new ones, give or take the heap's chunk size.
     */
    private static final long GARBAGE_PER_SPAWN = 256;
    private static final long HEAP_FRAME_SLACK = 1L << 20;

    private ScaleCases() {
    }

    /** A task that is the root of a subtree of {@code size} tasks: spawns two subtrees, joins them, counts. */
    static final class Subtree implements OneShot<Integer, Integer> {
        @Override
        public Integer run(Integer size) {
            int below = size - 1;
            int left = below / 2;
            int right = below - left;
            JoinHandle<Integer> l = left > 0 ? Task.spawn(new Subtree(), left) : null;
            JoinHandle<Integer> r = right > 0 ? Task.spawn(new Subtree(), right) : null;
            int count = 1;
            if (l != null) {
                count += l.join();
            }
            if (r != null) {
                count += r.join();
            }
            return count;
        }
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("treeOfAThousandNestedSpawns") {
            @Override
            protected void run() {
                Counters before = new Counters();
                JoinHandle<Integer> root = Task.spawn(new Subtree(), TREE_SIZE);
                Check.equal(TREE_SIZE, root.join().intValue(), "tasks in the tree");
                before.checkBackToBaseline();
            }
        });
        cases.add(new TestCase("tenThousandSequentialSpawnJoinsGiveEverythingBack") {
            @Override
            protected void run() {
                Task.spawn(new Entries.Identity<Integer>(), 0).join(); // the pool holds a stack from here on
                Counters before = new Counters();
                int pooled = TaskSystem.stacksPooled();
                long heapInUse = Heap.bytesInUse();
                long heapMapped = Heap.bytesMapped();
                long frames = Frames.usedFrames();
                for (int i = 0; i < SEQUENTIAL; i++) {
                    JoinHandle<Integer> h = Task.spawn(new Entries.Identity<Integer>(), i);
                    int result = h.join();
                    if (result != i) {
                        Check.equal(i, result, "result of spawn " + i);
                    }
                }
                before.checkBackToBaseline();
                Check.equal(pooled, TaskSystem.stacksPooled(), "pooled stacks (each spawn reuses the last one)");
                long garbage = (Heap.bytesInUse() - heapInUse) / SEQUENTIAL;
                Check.isTrue(garbage <= GARBAGE_PER_SPAWN, "heap left per spawn+join: " + garbage + " bytes");
                long frameGrowth = (Frames.usedFrames() - frames) * Page.SIZE;
                long heapGrowth = Heap.bytesMapped() - heapMapped;
                Check.isTrue(frameGrowth <= heapGrowth + HEAP_FRAME_SLACK,
                        "frames taken (" + frameGrowth + " bytes) beyond the heap's growth (" + heapGrowth + ")");
            }
        });
        cases.add(new TestCase("aThousandTasksAliveAtOnce") {
            @Override
            protected void run() { // preemption would reorder what this checks
                Cooperatively.run(() -> {
                    Counters before = new Counters();
                    final Semaphore gate = new Semaphore(0);
                    JoinHandle<Integer>[] handles = ResultCases.newHandles(ALIVE);
                    for (int i = 0; i < ALIVE; i++) {
                        handles[i] = Task.spawn(new OneShot<Integer, Integer>() {
                            @Override
                            public Integer run(Integer n) {
                                gate.acquire();
                                return n;
                            }
                        }, i);
                    }
                    Task.yield();
                    Check.equal(ALIVE, gate.waiting(), "tasks blocked at the gate");
                    Check.equal(ALIVE, TaskSystem.stacksInUse() - before.stacksInUse(), "stacks in use");
                    for (int i = 0; i < ALIVE; i++) {
                        gate.release();
                    }
                    long sum = 0;
                    for (int i = 0; i < ALIVE; i++) {
                        sum += handles[i].join();
                    }
                    Check.equal((long) ALIVE * (ALIVE - 1) / 2, sum, "sum of the results");
                    before.checkBackToBaseline();
                });
            }
        });
    }
}
