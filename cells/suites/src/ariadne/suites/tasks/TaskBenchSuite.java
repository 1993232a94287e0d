package ariadne.suites.tasks;

import ariadne.magic.Magic;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.Suite;
import ariadne.suites.TestCase;
import ariadne.task.JoinHandle;
import ariadne.task.OneShot;
import ariadne.task.Task;

/**
 * {@code make bench}: the cost of spawn+join, of a yield switch and of an uncontended
 * synchronized enter+exit, measured with rdtsc. Under
 * {@code -icount shift=0,sleep=off} one tick is one guest instruction, so the figures are
 * instruction counts comparable with the Linux peer's. Prints {@code BENCH name=value} lines.
 *
 * <p>A spawn+join includes allocating the one-shot entry (a spawn needs a fresh one); the
 * argument is a cached small {@code Integer} and the task returns it, so no boxing is counted.
 */
public final class TaskBenchSuite extends Suite {
    private static final int WARM_UP = 100;
    private static final int SPAWN_JOINS = 2000;
    private static final int PING_PONGS = 2000;
    private static final int MONITOR_ROUNDS = 2000;
    /** Integer.valueOf caches 0..127: arguments in this range are not allocated. */
    private static final int SMALL_INTEGERS = 127;

    public TaskBenchSuite() {
        super("bench");
    }

    @Override
    protected void addCases(CaseList cases) {
        cases.add(new TestCase("spawnJoin") {
            @Override
            protected void run() {
                spawnJoins(WARM_UP);
                long start = Magic.rdtsc();
                spawnJoins(SPAWN_JOINS);
                long perSpawnJoin = (Magic.rdtsc() - start) / SPAWN_JOINS;
                System.out.println("BENCH spawn_join=" + perSpawnJoin);
            }
        });
        cases.add(new TestCase("yieldSwitch") {
            @Override
            protected void run() {
                JoinHandle<Integer> partner = Task.spawn(new Yielder(), PING_PONGS + 1);
                Task.yield(); // let the partner start: from here on every yield is one switch each way
                long start = Magic.rdtsc();
                for (int i = 0; i < PING_PONGS; i++) {
                    Task.yield();
                }
                long perSwitch = (Magic.rdtsc() - start) / (2L * PING_PONGS);
                Check.equal(PING_PONGS + 1, partner.join().intValue(), "partner's yields");
                System.out.println("BENCH yield_switch=" + perSwitch);
            }
        });
        cases.add(new TestCase("uncontendedMonitor") {
            @Override
            protected void run() {
                Object lock = new Object();
                lockedIncrements(lock, WARM_UP);
                long start = Magic.rdtsc();
                Check.equal(MONITOR_ROUNDS, plainIncrements(MONITOR_ROUNDS), "plain increments");
                long plain = Magic.rdtsc() - start;
                start = Magic.rdtsc();
                Check.equal(MONITOR_ROUNDS, lockedIncrements(lock, MONITOR_ROUNDS), "locked increments");
                long locked = Magic.rdtsc() - start;
                System.out.println("BENCH monitor_enter_exit=" + (locked - plain) / MONITOR_ROUNDS);
            }
        });
    }

    /** Uncontended synchronized blocks on one lock, each around one increment; returns the count. */
    private static int lockedIncrements(Object lock, int count) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            synchronized (lock) {
                n++;
            }
        }
        return n;
    }

    /** The same loop without the monitor: the baseline subtracted from {@link #lockedIncrements}. */
    private static int plainIncrements(int count) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            n++;
        }
        return n;
    }

    private static void spawnJoins(int count) {
        for (int i = 0; i < count; i++) {
            Integer argument = i & SMALL_INTEGERS;
            JoinHandle<Integer> h = Task.spawn(new Identity(), argument);
            if (h.join() != argument) {
                throw new AssertionError("spawn " + i + " returned a wrong result");
            }
        }
    }

    /** The least a task can do: hand its argument back. */
    private static final class Identity implements OneShot<Integer, Integer> {
        @Override
        public Integer run(Integer x) {
            return x;
        }
    }

    /** Yields {@code count} times, then returns the count. */
    private static final class Yielder implements OneShot<Integer, Integer> {
        @Override
        public Integer run(Integer count) {
            for (int i = 0; i < count; i++) {
                Task.yield();
            }
            return count;
        }
    }
}
