package ariadne.suites.tasks;

import ariadne.ownership.CellState;
import ariadne.runtime.Monitors;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;
import ariadne.task.JoinHandle;
import ariadne.task.OneShot;
import ariadne.task.Task;

/**
 * {@code synchronized} between tasks: blocks and methods exclude each other across yields, are
 * reentrant, and an exception leaves the monitor free. Each counter's read-modify-write yields in
 * the middle, so without exclusion the tasks lose updates.
 */
final class MonitorCases {
    private static final int WORKERS = 4;
    private static final int INCREMENTS = 100;

    private MonitorCases() {
    }

    /** A counter guarded by its own monitor. */
    static final class Counter {
        int value;

        synchronized void incrementYielding() {
            int seen = value;
            Task.yield();
            value = seen + 1;
        }

        synchronized void failSynchronized() {
            int seen = value;
            Task.yield();
            value = seen + 1;
            throw new IllegalArgumentException("from a synchronized method");
        }

        synchronized int incrementTwiceReentrant() {
            incrementYielding();
            synchronized (this) {
                incrementYielding();
            }
            return value;
        }
    }

    /** A counter guarded by the class object's monitor. */
    static final class StaticCounter {
        @CellState // shared by the tasks of one case on purpose; reset by the case
        static int value;

        static synchronized void incrementYielding() {
            int seen = value;
            Task.yield();
            value = seen + 1;
        }
    }

    /** Increments in a synchronized block on the counter. */
    static final class BlockIncrementer implements OneShot<Counter, Integer> {
        @Override
        public Integer run(Counter counter) {
            for (int i = 0; i < INCREMENTS; i++) {
                synchronized (counter) {
                    int seen = counter.value;
                    Task.yield();
                    counter.value = seen + 1;
                }
            }
            return INCREMENTS;
        }
    }

    /** Increments through the synchronized method, then twice more through reentering it. */
    static final class MethodIncrementer implements OneShot<Counter, Integer> {
        @Override
        public Integer run(Counter counter) {
            for (int i = 0; i < INCREMENTS / 2; i++) {
                counter.incrementYielding();
                counter.incrementTwiceReentrant();
            }
            return 3 * (INCREMENTS / 2);
        }
    }

    /** Increments through the static synchronized method. */
    static final class StaticIncrementer implements OneShot<Object, Integer> {
        @Override
        public Integer run(Object unused) {
            for (int i = 0; i < INCREMENTS; i++) {
                StaticCounter.incrementYielding();
            }
            return INCREMENTS;
        }
    }

    /** Throws from inside a synchronized block and from a synchronized method, catching both. */
    static final class Thrower implements OneShot<Counter, Integer> {
        @Override
        public Integer run(Counter counter) {
            int caught = 0;
            for (int i = 0; i < INCREMENTS; i++) {
                try {
                    synchronized (counter) {
                        int seen = counter.value;
                        Task.yield();
                        counter.value = seen + 1;
                        throw new IllegalStateException("from a synchronized block");
                    }
                } catch (IllegalStateException e) {
                    caught++;
                }
                try {
                    failInside(counter);
                } catch (IllegalArgumentException e) {
                    caught++;
                }
            }
            return caught;
        }

        private static void failInside(Counter counter) {
            counter.failSynchronized();
        }
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("synchronizedBlockLosesNoUpdate") {
            @Override
            // sound: the test shares this object with the tasks it spawns on purpose, to observe what they do with it; no other cell sees it, and the test ends every task it spawns
            @SuppressWarnings("ownership:not.unique")
            protected void run() {
                Counter counter = new Counter();
                Check.equal(WORKERS * INCREMENTS, runAll(new BlockIncrementer(), counter), "counter");
                Check.equal(0, Monitors.held(), "monitors held at the end");
            }
        });
        cases.add(new TestCase("synchronizedMethodsAreReentrantAndExclusive") {
            @Override
            // sound: as above, the counter is shared with the spawned tasks on purpose
            @SuppressWarnings("ownership:not.unique")
            protected void run() {
                Counter counter = new Counter();
                Check.equal(3 * WORKERS * (INCREMENTS / 2), runAll(new MethodIncrementer(), counter), "counter");
                Check.equal(0, Monitors.held(), "monitors held at the end");
            }
        });
        cases.add(new TestCase("staticSynchronizedMethodLosesNoUpdate") {
            @Override
            protected void run() {
                StaticCounter.value = 0;
                JoinHandle<Integer>[] workers = ResultCases.newHandles(WORKERS);
                for (int i = 0; i < WORKERS; i++) {
                    workers[i] = Task.spawn(new StaticIncrementer(), null);
                }
                for (int i = 0; i < WORKERS; i++) {
                    workers[i].join();
                }
                Check.equal(WORKERS * INCREMENTS, StaticCounter.value, "counter");
                Check.equal(0, Monitors.held(), "monitors held at the end");
            }
        });
        cases.add(new TestCase("exceptionInsideSynchronizedReleasesMonitor") {
            @Override
            // sound: as above, the counter is shared with the spawned tasks on purpose
            @SuppressWarnings("ownership:not.unique")
            protected void run() {
                Counter counter = new Counter();
                JoinHandle<Integer>[] workers = ResultCases.newHandles(WORKERS);
                for (int i = 0; i < WORKERS; i++) {
                    workers[i] = Task.spawn(new Thrower(), counter);
                }
                for (int i = 0; i < WORKERS; i++) {
                    Check.equal(2 * INCREMENTS, workers[i].join().intValue(), "exceptions caught");
                }
                Check.equal(2 * WORKERS * INCREMENTS, counter.value, "counter");
                Check.equal(0, Monitors.held(), "monitors held at the end");
            }
        });
        cases.add(new TestCase("exitingAnUnheldMonitorThrows") {
            @Override
            protected void run() {
                Object lock = new Object();
                boolean thrown = false;
                try {
                    Monitors.exit(lock);
                } catch (IllegalMonitorStateException e) {
                    thrown = true;
                }
                Check.isTrue(thrown, "IllegalMonitorStateException");
                synchronized (lock) {
                    Check.isTrue(Monitors.holdsLock(lock), "held inside the block");
                }
                Check.isTrue(!Monitors.holdsLock(lock), "free after the block");
            }
        });
    }

    @SuppressWarnings("ownership:not.unique") // the counter is shared with the spawned tasks on purpose
    private static int runAll(OneShot<Counter, Integer> work, Counter counter) {
        JoinHandle<Integer>[] workers = ResultCases.newHandles(WORKERS);
        for (int i = 0; i < WORKERS; i++) {
            workers[i] = Task.spawn(work, counter);
        }
        for (int i = 0; i < WORKERS; i++) {
            workers[i].join();
        }
        return counter.value;
    }
}
