package ariadne.suites.tasks;

import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;
import ariadne.task.JoinHandle;
import ariadne.task.OneShot;
import ariadne.task.Task;
import ariadne.task.TaskBuilder;
import ariadne.task.TaskRecord;
import ariadne.task.TaskSystem;

/** Yield, sleep, priorities, and what a task knows about itself. */
final class SchedulingCases {
    private static final int ROUNDS = 4;

    private SchedulingCases() {
    }

    /** Logs {@code arg} after each of {@link #ROUNDS} yields. */
    static final class LogAndYield implements OneShot<Integer, Integer> {
        private final OrderLog log;

        LogAndYield(OrderLog log) {
            this.log = log;
        }

        @Override
        public Integer run(Integer id) {
            for (int i = 0; i < ROUNDS; i++) {
                log.add(id);
                Task.yield();
            }
            return id;
        }
    }

    /** Sleeps {@code arg} milliseconds, then logs it. */
    static final class SleepAndLog implements OneShot<Integer, Integer> {
        private final OrderLog log;

        SleepAndLog(OrderLog log) {
            this.log = log;
        }

        @Override
        public Integer run(Integer millis) {
            Task.sleep(millis);
            log.add(millis);
            return millis;
        }
    }

    /** Logs its own priority. */
    static final class LogPriority implements OneShot<OrderLog, Object> {
        @Override
        public Object run(OrderLog log) {
            log.add(Task.current().priority());
            return null;
        }
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("yieldTakesTurnsFairly") {
            @Override
            protected void run() { // preemption would reorder what this checks
                Cooperatively.run(() -> {
                    OrderLog log = new OrderLog();
                    JoinHandle<Integer> a = Task.spawn(new LogAndYield(log), 1);
                    JoinHandle<Integer> b = Task.spawn(new LogAndYield(log), 2);
                    JoinHandle<Integer> c = Task.spawn(new LogAndYield(log), 3);
                    a.join();
                    b.join();
                    c.join();
                    Check.equal("1,2,3,1,2,3,1,2,3,1,2,3", log.toString(), "turns");
                });
            }
        });
        cases.add(new TestCase("sleepersWakeInTheOrderOfTheirTimes") {
            @Override
            protected void run() {
                // 50 ms apart: without icount guest time is host time, and a host that stalls QEMU
                // between two of the sleep calls for longer than the gap would reorder them.
                OrderLog log = new OrderLog();
                JoinHandle<Integer> a = Task.spawn(new SleepAndLog(log), 150);
                JoinHandle<Integer> b = Task.spawn(new SleepAndLog(log), 50);
                JoinHandle<Integer> c = Task.spawn(new SleepAndLog(log), 100);
                a.join();
                b.join();
                c.join();
                Check.equal("50,100,150", log.toString(), "wake-up order");
            }
        });
        cases.add(new TestCase("othersRunWhileATaskSleeps") {
            @Override
            protected void run() {
                OrderLog log = new OrderLog();
                JoinHandle<Integer> sleeper = Task.spawn(new SleepAndLog(log), 50); // well above a host stall
                JoinHandle<Integer> worker = Task.spawn(new LogAndYield(log), 1);
                worker.join();
                sleeper.join();
                Check.equal("1,1,1,1,50", log.toString(), "the worker ran before the sleeper woke");
            }
        });
        cases.add(new TestCase("higherPriorityRunsFirst") {
            @Override
            // sound: the test shares this object with the tasks it spawns on purpose, to observe what they do with it; no other cell sees it, and the test ends every task it spawns
            @SuppressWarnings("ownership:not.unique")
            protected void run() {
                OrderLog log = new OrderLog();
                JoinHandle<Object> low = Task.builder().priority(2).spawn(new LogPriority(), log);
                JoinHandle<Object> high = Task.builder().priority(8).spawn(new LogPriority(), log);
                JoinHandle<Object> normal = Task.builder().priority(Task.NORM_PRIORITY).spawn(new LogPriority(), log);
                Check.equal("8", log.toString(), "a higher-priority task takes the CPU when spawned");
                low.join();
                high.join();
                normal.join();
                Check.equal("8,5,2", log.toString(), "order of the runs");
            }
        });
        cases.add(new TestCase("aTaskKnowsItsNameAndPriority") {
            @Override
            protected void run() {
                JoinHandle<String> h = Task.builder().name("worker").priority(7).spawn(new OneShot<String, String>() {
                    @Override
                    public String run(String suffix) {
                        TaskRecord self = Task.current();
                        return self.name() + ":" + self.priority() + suffix;
                    }
                }, "!");
                Check.equal("worker:7!", h.join(), "name and priority seen by the task");
                Check.equal("worker", h.name(), "name seen by the spawner");
            }
        });
        cases.add(new TestCase("tasksGetDistinctIncreasingIds") {
            @Override
            protected void run() {
                JoinHandle<Object> a = Task.spawn(new Entries.Identity<Object>(), null);
                JoinHandle<Object> b = Task.spawn(new Entries.Identity<Object>(), null);
                Check.isTrue(b.id() > a.id(), "later spawn, larger id");
                Check.isTrue(a.id() != Task.current().id(), "a task is not its spawner");
                Check.equal("task-" + a.id(), a.name(), "default name");
                a.join();
                b.join();
            }
        });
        cases.add(new TestCase("pinnedToTheBootCpu") {
            @Override
            protected void run() {
                JoinHandle<Object> h = Task.builder().pin(0).spawn(new Entries.Identity<Object>(), "x");
                Check.equal(0, h.pinnedCpu(), "pin");
                Check.equal("x", h.join(), "result");
                Check.equal(TaskBuilder.ANY_CPU, Task.current().pinnedCpu(), "main is not pinned");
            }
        });
        cases.add(new TestCase("aSpinningTaskDoesNotStarveOthers") {
            @Override
            // sound: the test shares this object with the tasks it spawns on purpose, to observe what they do with it; no other cell sees it, and the test ends every task it spawns
            @SuppressWarnings("ownership:not.unique")
            protected void run() {
                Check.isTrue(TaskSystem.preemptive(), "no timer preemption yet: a spinning task would hang the suite");
                final boolean[] stop = new boolean[1];
                JoinHandle<Object> spinner = Task.spawn(new OneShot<boolean[], Object>() {
                    @Override
                    public Object run(boolean[] flag) {
                        long spins = 0;
                        while (!flag[0]) {
                            spins++;
                        }
                        return spins;
                    }
                }, stop);
                JoinHandle<Integer> worker = Task.spawn(new Entries.YieldTimes(), 3);
                Check.equal(3, worker.join().intValue(), "the worker finished beside the spinner");
                stop[0] = true;
                spinner.join();
            }
        });
    }
}
