package ariadne.suites.tasks;

import ariadne.interrupts.Timer;
import ariadne.ownership.CellState;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;
import ariadne.task.JoinHandle;
import ariadne.task.OneShot;
import ariadne.task.RoundRobinScheduler;
import ariadne.task.Task;
import ariadne.task.TaskSystem;
import ariadne.task.sync.Channel;
import ariadne.task.sync.Mutex;

/**
 * Correctness while the timer preempts on every tick: tasks that allocate, box, build strings,
 * spawn and join, lock a mutex, pass messages and sleep, all switched out at arbitrary
 * instructions; and a class initialiser that outlasts several ticks, preempted, while other tasks
 * wait for its statics. Each case checks that the tasks really were preempted, so it cannot pass vacuously.
 */
final class PreemptionCases {
    private static final int WORKERS = 6;
    private static final int MESSAGES_PER_WORKER = 400;
    /** Preemptions the workload must have seen; it spans a few dozen ticks on a fast host. */
    private static final int LEAST_PREEMPTIONS = 10;

    private PreemptionCases() {
    }

    /**
     * Statics whose initialiser runs for several timer ticks: a task preempted inside it must not
     * let another task see {@link #TABLE} unset.
     */
    static final class SlowlyInitialised {
        static final int TICKS = 4;
        @CellState // written once, by the initialiser; tasks only read it once initialised
        static final int[] TABLE;
        static final long SUM;
        /** Timer preemptions while this initialiser ran: it is preempted like any code. */
        static final long PREEMPTIONS_DURING;

        static {
            long preemptionsBefore = TaskSystem.preemptions();
            int[] table = new int[256];
            long until = Timer.ticks() + TICKS;
            int rounds = 0;
            while (Timer.ticks() < until || rounds == 0) {
                for (int i = 0; i < table.length; i++) {
                    table[i] = i * 3 + 1;
                }
                rounds++;
            }
            long sum = 0;
            for (int i = 0; i < table.length; i++) {
                sum += table[i];
            }
            TABLE = table;
            SUM = sum;
            PREEMPTIONS_DURING = TaskSystem.preemptions() - preemptionsBefore;
        }

        private SlowlyInitialised() {
        }
    }

    /** Reads the slowly initialised class's statics; returns their sum (or throws NPE if unset). */
    static final class TableReader implements OneShot<Object, Long> {
        @Override
        public Long run(Object unused) {
            long sum = 0;
            int[] table = SlowlyInitialised.TABLE;
            for (int i = 0; i < table.length; i++) {
                sum += table[i];
            }
            return sum == SlowlyInitialised.SUM ? sum : -sum;
        }
    }

    /** What the workers share: a mutex-guarded counter and a channel to the consumer. */
    static final class Shared {
        final Mutex mutex = new Mutex();
        final Channel<String> channel = new Channel<>(8);
        long counter;
    }

    /** A mixed workload; returns a checksum the spawner recomputes. */
    static final class Worker implements OneShot<Shared, Long> {
        private final int id;

        Worker(int id) {
            this.id = id;
        }

        @Override
        public Long run(Shared shared) {
            long checksum = 0;
            for (int i = 0; i < MESSAGES_PER_WORKER; i++) {
                Integer boxed = Integer.valueOf(1000 + id * MESSAGES_PER_WORKER + i); // outside the box cache: allocates
                long[] words = new long[1 + (i & 15)];
                for (int w = 0; w < words.length; w++) {
                    words[w] = boxed.intValue() + w;
                }
                for (int w = 0; w < words.length; w++) {
                    checksum += words[w] - w;
                }
                shared.mutex.lock();
                long seen = shared.counter;
                for (int spin = 0; spin < 50; spin++) {
                    checksum += spin & 1; // a window inside the lock for preemption to land in
                }
                shared.counter = seen + 1;
                shared.mutex.unlock();
                shared.channel.send("w" + id + ":" + i);
                if ((i & 31) == 0) {
                    JoinHandle<Integer> child = Task.spawn(new Doubler(), Integer.valueOf(i + 500));
                    checksum += child.join().intValue();
                }
                if ((i & 63) == 7) {
                    Task.sleep(1);
                }
            }
            return checksum;
        }

        /** What {@link #run} returns for worker {@code id}, computed without tasks. */
        static long expected(int id) {
            long checksum = 0;
            for (int i = 0; i < MESSAGES_PER_WORKER; i++) {
                checksum += (long) (1000 + id * MESSAGES_PER_WORKER + i) * (1 + (i & 15));
                checksum += 25;
                if ((i & 31) == 0) {
                    checksum += 2L * (i + 500);
                }
            }
            return checksum;
        }
    }

    static final class Doubler implements OneShot<Integer, Integer> {
        @Override
        public Integer run(Integer x) {
            return Integer.valueOf(2 * x.intValue());
        }
    }

    /** Receives every worker's messages; returns how many arrived in order per worker, or -1. */
    static final class Consumer implements OneShot<Shared, Integer> {
        @Override
        public Integer run(Shared shared) {
            int[] next = new int[WORKERS];
            int total = WORKERS * MESSAGES_PER_WORKER;
            for (int m = 0; m < total; m++) {
                String message = shared.channel.receive();
                int colon = message.indexOf(':');
                int worker = Integer.parseInt(message.substring(1, colon));
                int index = Integer.parseInt(message.substring(colon + 1));
                if (index != next[worker]) {
                    return -1;
                }
                next[worker]++;
            }
            return total;
        }
    }

    static void add(CaseList cases) {
        addClassInitialisation(cases);
        addWorkload(cases);
    }

    /** Once per boot: a class is initialised once. */
    static void addClassInitialisation(CaseList cases) {
        cases.add(new TestCase("classInitialiserOutlastingTicksIsSeenDone") {
            @Override
            protected void run() {
                everyTick(() -> {
                    JoinHandle<Long>[] readers = newLongHandles(4);
                    for (int i = 0; i < readers.length; i++) {
                        readers[i] = Task.spawn(new TableReader(), null);
                    }
                    for (int i = 0; i < readers.length; i++) {
                        Check.equal(SlowlyInitialised.SUM, readers[i].join().longValue(), "sum reader " + i + " saw");
                    }
                    Check.isTrue(SlowlyInitialised.PREEMPTIONS_DURING > 0, "the timer preempted the initialiser ("
                            + SlowlyInitialised.PREEMPTIONS_DURING + " times) while the other readers waited");
                });
            }
        });
    }

    static void addWorkload(CaseList cases) {
        cases.add(new TestCase("mixedWorkloadPreemptedEveryTick") {
            @Override
            // sound: the workers and the consumer share one Shared on purpose: its mutex and channel are @ThreadSafe,
            // its counter changes only under the mutex, and the test reads it after joining every task
            @SuppressWarnings("ownership:not.unique")
            protected void run() {
                everyTick(() -> {
                    Counters before = new Counters();
                    long preemptionsBefore = TaskSystem.preemptions();
                    Shared shared = new Shared();
                    JoinHandle<Integer> consumer = Task.spawn(new Consumer(), shared);
                    JoinHandle<Long>[] workers = newLongHandles(WORKERS);
                    for (int i = 0; i < WORKERS; i++) {
                        workers[i] = Task.spawn(new Worker(i), shared);
                    }
                    for (int i = 0; i < WORKERS; i++) {
                        Check.equal(Worker.expected(i), workers[i].join().longValue(), "checksum of worker " + i);
                    }
                    Check.equal(WORKERS * MESSAGES_PER_WORKER, consumer.join().intValue(), "messages in order");
                    Check.equal(WORKERS * MESSAGES_PER_WORKER, shared.counter, "mutex-guarded counter");
                    Check.isTrue(shared.mutex.owner() == null, "the mutex is free at the end");
                    Check.isTrue(TaskSystem.preemptions() - preemptionsBefore >= LEAST_PREEMPTIONS,
                            "the timer preempted the workers (" + (TaskSystem.preemptions() - preemptionsBefore) + " times)");
                    before.checkBackToBaseline();
                });
            }
        });
    }

    /** Runs {@code body} under a policy that preempts on every tick, then goes back to the default. */
    static void everyTick(Runnable body) {
        Check.isTrue(TaskSystem.preemptive(), "the timer runs");
        Task.useScheduler(new RoundRobinScheduler(1));
        try {
            body.run();
        } finally {
            Task.useScheduler(new RoundRobinScheduler());
        }
    }

    @SuppressWarnings("unchecked")
    private static JoinHandle<Long>[] newLongHandles(int count) {
        return (JoinHandle<Long>[]) new JoinHandle<?>[count];
    }
}
