package ariadne.suites.loader;

import ariadne.loader.CallGate;
import ariadne.loader.LoadedCell;
import ariadne.loader.Loader;
import ariadne.magic.Address;
import ariadne.magic.Magic;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;
import ariadne.task.Critical;
import ariadne.task.JoinHandle;
import ariadne.task.OneShot;
import ariadne.task.RoundRobinScheduler;
import ariadne.task.Task;

/** Swaps while other tasks run: calls in flight, a task inside the old code, the scheduling policy itself. */
final class TaskCases {
    private static final int TASKS = 100;
    private static final int CALLS = 10;
    private static final String SCHED = "sched-fifo";
    private static final String FIFO = "ariadne.demo.sched.FifoScheduler.";

    private TaskCases() {
    }

    /** Calls the counter's client {@link #CALLS} times, yielding between calls, keeping every report. */
    private static final class Caller implements OneShot<Object, Object> {
        private final Address tick;
        private final String[] reports;
        private final int first;

        Caller(Address tick, String[] reports, int first) {
            this.tick = tick;
            this.reports = reports;
            this.first = first;
        }

        @Override
        // sound: CallGate types a cell export's result Object; every export called here returns a String, which is immutable
        @SuppressWarnings("ownership:cell.boundary.shared.result")
        public Object run(Object unused) {
            for (int c = 0; c < CALLS; c++) {
                // The demo counter is not thread-safe: no preemption inside one call.
                long interrupts = Critical.enter();
                reports[first + c] = (String) CallGate.invokeForObject(tick);
                Critical.exit(interrupts);
                Task.yield();
            }
            return null;
        }
    }

    /** Yields {@code rounds} times, or until released when {@code rounds} is negative. */
    private static final class Holder implements Runnable {
        private final int rounds;
        volatile boolean released;
        volatile int done;

        Holder(int rounds) {
            this.rounds = rounds;
        }

        @Override
        public void run() {
            while (rounds < 0 ? !released : done < rounds) {
                done++;
                Task.yield();
            }
        }
    }

    /** Runs a {@link Holder} inside the callback cell's code. */
    private static final class InsideCallback implements OneShot<Object, Object> {
        private final Address call;
        private final Holder holder;

        InsideCallback(Address call, Holder holder) {
            this.call = call;
            this.holder = holder;
        }

        @Override
        public Object run(Object unused) {
            CallGate.invoke(call, Magic.objectAddress(holder).toLong());
            return null;
        }
    }

    /** Yields {@code times} times and returns how often it ran. */
    private static final class Yielder implements OneShot<Object, Object> {
        private final int times;

        Yielder(int times) {
            this.times = times;
        }

        @Override
        public Object run(Object unused) {
            int ran = 0;
            for (int i = 0; i < times; i++) {
                ran++;
                Task.yield();
            }
            return Integer.valueOf(ran);
        }
    }

    private static JoinHandle<Object> inCallback(Holder holder) {
        Cells.absent(SwapCases.CALLBACK);
        LoadedCell callback = Cells.load(SwapCases.CALLBACK, 1);
        JoinHandle<Object> task = Task.spawn(new InsideCallback(callback.exportAddress(SwapCases.CALL), holder), null);
        while (holder.done == 0) {
            Task.yield();
        }
        return task;
    }

    static void addTo(CaseList cases) {
        cases.add(new TestCase("swapWhileHundredTasksCallLosesNoCall") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared.result")
            protected void run() {
                SwapCases.counterWithClient(0);
                Address tick = Loader.namespace().find(SwapCases.CLIENT).exportAddress(SwapCases.TICK);
                String[] reports = new String[TASKS * CALLS];
                JoinHandle<?>[] tasks = new JoinHandle<?>[TASKS];
                for (int t = 0; t < TASKS; t++) {
                    tasks[t] = Task.spawn(new Caller(tick, reports, t * CALLS), null);
                }
                while (reports[0] == null) {
                    Task.yield();
                }
                SwapCases.swapped(Loader.swapFromArchive(Cells.COUNTER, 2));
                for (int t = 0; t < TASKS; t++) {
                    tasks[t].join();
                }
                checkReports(reports);
                SwapCases.cleanUp();
            }
        });
        cases.add(new TestCase("swapWaitsForATaskToLeaveTheOldCode") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared")
            protected void run() {
                Holder holder = new Holder(50);
                JoinHandle<Object> task = inCallback(holder);
                SwapCases.swapped(Loader.swap(SwapCases.CALLBACK, Cells.archived(SwapCases.CALLBACK, 1)));
                Check.equal(50, holder.done, "the task had left the old code before the switch");
                task.join();
                Cells.unload(SwapCases.CALLBACK);
            }
        });
        cases.add(new TestCase("swapIsRefusedWhileATaskStaysInTheOldCode") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings({"ownership:cell.boundary.shared", "ownership:cell.boundary.shared.result"})
            protected void run() {
                Holder holder = new Holder(-1);
                JoinHandle<Object> task = inCallback(holder);
                SwapCases.refused(Loader.swap(SwapCases.CALLBACK, Cells.archived(SwapCases.CALLBACK, 1)),
                        "it is running: a switched-out task");
                Check.equal(1, Loader.namespace().find(SwapCases.CALLBACK).version(), "the old version stays");
                holder.released = true;
                task.join();
                Cells.unload(SwapCases.CALLBACK);
            }
        });
        cases.add(new TestCase("schedulingPolicySwappedWhileTasksRun") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared.result")
            protected void run() {
                Cells.absent(SCHED);
                LoadedCell policy = Cells.load(SCHED, 1);
                CallGate.invoke(policy.exportAddress(FIFO + "install()V"));
                JoinHandle<?>[] tasks = new JoinHandle<?>[20];
                for (int t = 0; t < tasks.length; t++) {
                    tasks[t] = Task.spawn(new Yielder(30), null);
                }
                Task.yield();
                long picksBefore = Cells.call(policy, FIFO + "picks()J");
                Check.isTrue(picksBefore > 0, "version 1 schedules");
                SwapCases.swapped(Loader.swapFromArchive(SCHED, 2));
                for (int t = 0; t < tasks.length; t++) {
                    Check.equal(30, ((Integer) tasks[t].join()).intValue(), "task " + t + " ran to its end");
                }
                LoadedCell replacement = Loader.namespace().find(SCHED);
                Check.equal(2, Cells.call(replacement, FIFO + "version()J"), "version 2 is installed");
                Check.isTrue(Cells.call(replacement, FIFO + "picks()J") > picksBefore, "and went on counting picks");
                Task.useScheduler(new RoundRobinScheduler());
                Cells.unload(SCHED);
            }
        });
    }

    /** Every call answered once, by one version, and the versions in order: v1 answers, then v2. */
    private static void checkReports(String[] reports) {
        boolean[] seen = new boolean[reports.length + 1];
        int lastOld = 0;
        int firstNew = Integer.MAX_VALUE;
        int old = 0;
        for (int i = 0; i < reports.length; i++) {
            String report = reports[i];
            Check.isTrue(report != null, "call " + i + " was answered");
            boolean isOld = report.startsWith("counter v1: ");
            Check.isTrue(isOld || report.startsWith("counter v2 says "), "a report of either version: " + report);
            int value = Integer.parseInt(report.substring(isOld ? 12 : 16));
            Check.isTrue(value >= 1 && value <= reports.length && !seen[value], "value " + value + " answered once");
            seen[value] = true;
            if (isOld) {
                old++;
                lastOld = Math.max(lastOld, value);
            } else {
                firstNew = Math.min(firstNew, value);
            }
        }
        Check.isTrue(old > 0 && old < reports.length, "both versions answered (" + old + " by v1)");
        Check.isTrue(lastOld < firstNew, "v1 answered " + lastOld + " last, v2 " + firstNew + " first");
    }
}
