package ariadne.suites.tasks;

import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;
import ariadne.task.JoinHandle;
import ariadne.task.OneShot;
import ariadne.task.Task;
import ariadne.task.TaskState;
import ariadne.task.TaskSystem;
import ariadne.task.sync.Semaphore;

/** Kill and detach, checked without join so that they need no exceptions. */
final class LifecycleCases {
    private LifecycleCases() {
    }

    /** A handle a task can reach, set by the spawner after the spawn. */
    static final class HandleSlot {
        JoinHandle<String> handle;
        boolean ranPastKill;
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("killABlockedTask") {
            @Override
            protected void run() {
                Counters before = new Counters();
                final Semaphore never = new Semaphore(0);
                JoinHandle<String> h = Task.spawn(new OneShot<String, String>() {
                    @Override
                    public String run(String s) {
                        never.acquire();
                        return s;
                    }
                }, "unreachable");
                Task.yield();
                Check.equal(TaskState.BLOCKED, h.state(), "state before the kill");
                Check.isTrue(h.kill(), "kill reports it ended the task");
                Check.equal(TaskState.KILLED, h.state(), "state after the kill");
                Check.equal(0, never.waiting(), "the killed task left the semaphore's queue");
                never.release();
                Task.yield();
                Check.equal(1, never.availablePermits(), "no one took the permit");
                h.detach();
                before.checkBackToBaseline();
            }
        });
        cases.add(new TestCase("killARunningTask") {
            @Override
            // sound: the test shares this object with the tasks it spawns on purpose, to observe what they do with it; no other cell sees it, and the test ends every task it spawns
            @SuppressWarnings("ownership:not.unique")
            protected void run() {
                Counters before = new Counters();
                int[] rounds = new int[1];
                JoinHandle<Object> h = Task.spawn(new Entries.YieldForever(), rounds);
                Task.yield();
                Task.yield();
                Check.isTrue(rounds[0] >= 2, "the task ran");
                Check.isTrue(h.kill(), "kill reports it ended the task");
                int frozen = rounds[0];
                Task.yield();
                Task.yield();
                Check.equal(frozen, rounds[0], "rounds after the kill");
                Check.isTrue(h.isFinished(), "a killed task has finished");
                h.detach();
                before.checkBackToBaseline();
            }
        });
        cases.add(new TestCase("killASleepingTask") {
            @Override
            protected void run() {
                Counters before = new Counters();
                JoinHandle<Integer> h = Task.spawn(new OneShot<Integer, Integer>() {
                    @Override
                    public Integer run(Integer millis) {
                        Task.sleep(millis);
                        return millis;
                    }
                }, 60_000);
                Task.yield();
                Check.equal(TaskState.SLEEPING, h.state(), "state before the kill");
                Check.isTrue(h.kill(), "kill reports it ended the task");
                Check.equal(TaskState.KILLED, h.state(), "state after the kill");
                h.detach();
                before.checkBackToBaseline();
            }
        });
        cases.add(new TestCase("aTaskKillsItself") {
            @Override
            // sound: the test shares this object with the tasks it spawns on purpose, to observe what they do with it; no other cell sees it, and the test ends every task it spawns
            @SuppressWarnings("ownership:not.unique")
            protected void run() {
                final HandleSlot slot = new HandleSlot();
                slot.handle = Task.spawn(new OneShot<HandleSlot, String>() {
                    @Override
                    public String run(HandleSlot self) {
                        while (self.handle == null) { // a tick may switch here before the spawner stores the handle
                            Task.yield();
                        }
                        self.handle.kill();
                        self.ranPastKill = true;
                        return "unreachable";
                    }
                }, slot);
                while (!slot.handle.isFinished()) {
                    Task.yield();
                }
                Check.equal(TaskState.KILLED, slot.handle.state(), "state");
                Check.isTrue(!slot.ranPastKill, "no code ran after the kill");
                slot.handle.detach();
            }
        });
        cases.add(new TestCase("killAfterExitChangesNothing") {
            @Override
            protected void run() {
                JoinHandle<Object> h = Task.spawn(new Entries.Identity<Object>(), "done");
                while (!h.isFinished()) {
                    Task.yield();
                }
                Check.isTrue(!h.kill(), "kill reports the task had already exited");
                Check.equal("done", h.join(), "the result survives");
            }
        });
        cases.add(new TestCase("detachARunningTask") {
            @Override
            protected void run() {
                Counters before = new Counters();
                JoinHandle<Integer> h = Task.spawn(new Entries.YieldTimes(), 3);
                h.detach();
                Check.equal(1, TaskSystem.liveRecords() - before.liveRecords(), "the record lives while the task runs");
                while (!h.isFinished()) {
                    Task.yield();
                }
                before.checkBackToBaseline();
            }
        });
        cases.add(new TestCase("detachAnExitedTask") {
            @Override
            protected void run() {
                Counters before = new Counters();
                JoinHandle<Integer> h = Task.spawn(new Entries.YieldTimes(), 0);
                while (!h.isFinished()) {
                    Task.yield();
                }
                Check.equal(1, TaskSystem.liveRecords() - before.liveRecords(), "an exited task's record waits for its joiner");
                h.detach();
                before.checkBackToBaseline();
            }
        });
    }
}
