package ariadne.suites.tasks;

import ariadne.magic.Address;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;
import ariadne.task.JoinHandle;
import ariadne.task.OneShot;
import ariadne.task.Task;
import ariadne.task.TaskFailedException;
import ariadne.task.TaskKilledException;

/**
 * Failures inside tasks reach the joiner and end only their task; misuse of the API is
 * refused. Every case here needs exceptions that can be caught.
 */
final class FailureCases {
    /** Canonical, but far above the identity-mapped first 4 GiB: touching it page-faults. */
    private static final long UNMAPPED = 0x0000_4000_0000_0000L;

    private FailureCases() {
    }

    /** The exception a task failed with, or an AssertionError if it did not fail. */
    static Throwable failureOf(JoinHandle<?> handle) {
        try {
            handle.join();
        } catch (TaskFailedException e) {
            return e.getCause();
        }
        throw new AssertionError("the task did not fail");
    }

    /** Throws what it is given. */
    static final class Thrower implements OneShot<RuntimeException, Object> {
        @Override
        public Object run(RuntimeException e) {
            throw e;
        }
    }

    /** Recurses until the stack runs out. */
    static final class Recurse implements OneShot<Integer, Integer> {
        @Override
        public Integer run(Integer depth) {
            return deeper(depth);
        }

        private static int deeper(int depth) {
            return deeper(depth + 1) + 1;
        }
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("exceptionReachesTheJoinerWithTypeAndMessage") {
            @Override
            // sound: the test shares this object with the tasks it spawns on purpose, to observe what they do with it; no other cell sees it, and the test ends every task it spawns
            @SuppressWarnings("ownership:not.unique")
            protected void run() {
                IllegalStateException thrown = new IllegalStateException("broken on purpose");
                Throwable cause = failureOf(Task.spawn(new Thrower(), thrown));
                Check.isTrue(cause == thrown, "the cause is the very exception thrown");
                Check.equal("java.lang.IllegalStateException: broken on purpose", cause.toString(), "type and message");
            }
        });
        cases.add(new TestCase("nullPointerInATask") {
            @Override
            protected void run() {
                Throwable cause = failureOf(Task.spawn(new OneShot<String, Integer>() {
                    @Override
                    public Integer run(String s) {
                        return s.length();
                    }
                }, null));
                Check.isTrue(cause instanceof NullPointerException, "cause: " + cause);
            }
        });
        cases.add(new TestCase("divisionByZeroInATask") {
            @Override
            protected void run() {
                Throwable cause = failureOf(Task.spawn(new OneShot<Integer, Integer>() {
                    @Override
                    public Integer run(Integer d) {
                        return 10 / d;
                    }
                }, 0));
                Check.equal("java.lang.ArithmeticException: / by zero", cause.toString(), "cause");
            }
        });
        cases.add(new TestCase("aFailureEndsOnlyItsTask") {
            @Override
            protected void run() {
                Counters before = new Counters();
                JoinHandle<Object> failing = Task.spawn(new Thrower(), new RuntimeException("one task fails"));
                JoinHandle<Integer> healthy = Task.spawn(new Entries.YieldTimes(), 5);
                Check.equal(5, healthy.join().intValue(), "the other task's result");
                Check.equal("one task fails", failureOf(failing).getMessage(), "the failure");
                before.checkBackToBaseline();
            }
        });
        cases.add(new TestCase("joinReportsAKill") {
            @Override
            protected void run() {
                JoinHandle<Object> h = Task.spawn(new Entries.YieldForever(), new int[1]);
                Task.yield();
                h.kill();
                boolean reported = false;
                try {
                    h.join();
                } catch (TaskKilledException e) {
                    reported = true;
                }
                Check.isTrue(reported, "join throws TaskKilledException");
            }
        });
        cases.add(new TestCase("anEntryWithStateIsSpawnedOnlyOnce") {
            @Override
            // sound: the test shares this object with the tasks it spawns on purpose, to observe what they do with it; no other cell sees it, and the test ends every task it spawns
            @SuppressWarnings("ownership:not.unique")
            protected void run() {
                String suffix = "!";
                OneShot<String, String> entry = s -> s + suffix;
                Check.equal("once!", Task.spawn(entry, "once").join(), "first spawn");
                boolean refused = false;
                try {
                    Task.spawn(entry, "twice");
                } catch (IllegalStateException e) {
                    refused = true;
                }
                Check.isTrue(refused, "the second spawn is refused");
            }
        });
        cases.add(new TestCase("aTaskIsJoinedOnlyOnce") {
            @Override
            protected void run() {
                JoinHandle<Object> h = Task.spawn(new Entries.Identity<Object>(), "x");
                h.join();
                boolean refused = false;
                try {
                    h.join();
                } catch (IllegalStateException e) {
                    refused = true;
                }
                Check.isTrue(refused, "the second join is refused");
            }
        });
        cases.add(new TestCase("aTaskCannotJoinItself") {
            @Override
            // sound: the test shares this object with the tasks it spawns on purpose, to observe what they do with it; no other cell sees it, and the test ends every task it spawns
            @SuppressWarnings("ownership:not.unique")
            protected void run() {
                LifecycleCases.HandleSlot slot = new LifecycleCases.HandleSlot();
                slot.handle = Task.spawn(new OneShot<LifecycleCases.HandleSlot, String>() {
                    @Override
                    public String run(LifecycleCases.HandleSlot self) {
                        return self.handle.join();
                    }
                }, slot);
                Check.isTrue(failureOf(slot.handle) instanceof IllegalStateException, "joining itself is refused");
            }
        });
        cases.add(new TestCase("builderRefusesBadPriorityAndPin") {
            @Override
            protected void run() {
                int refused = 0;
                try {
                    Task.builder().priority(Task.MAX_PRIORITY + 1);
                } catch (IllegalArgumentException e) {
                    refused++;
                }
                try {
                    Task.builder().pin(1);
                } catch (IllegalArgumentException e) {
                    refused++;
                }
                Check.equal(2, refused, "refusals");
            }
        });
        cases.add(new TestCase("stackOverflowInATask") {
            @Override
            protected void run() {
                Throwable cause = failureOf(Task.spawn(new Recurse(), 0));
                Check.isTrue(cause instanceof StackOverflowError, "cause: " + cause);
            }
        });
        cases.add(new TestCase("wildPageFaultInATask") {
            @Override
            protected void run() {
                Throwable cause = failureOf(Task.spawn(new OneShot<Long, Long>() {
                    @Override
                    public Long run(Long address) {
                        return Address.fromLong(address).loadLong();
                    }
                }, UNMAPPED));
                Check.isTrue(cause != null, "the fault reached the joiner");
            }
        });
    }
}
