package ariadne.suites.tasks;

import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;
import ariadne.task.JoinHandle;
import ariadne.task.OneShot;
import ariadne.task.Task;

/** Results of every kind, the argument's hand-over, and joins in any order. */
final class ResultCases {
    private ResultCases() {
    }

    /** A mutable object handed to a task and back. */
    static final class Box {
        int value;
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("returnsBoxedInteger") {
            @Override
            protected void run() {
                JoinHandle<Integer> h = Task.spawn(new OneShot<Integer, Integer>() {
                    @Override
                    public Integer run(Integer x) {
                        return x * 2;
                    }
                }, 21);
                Check.equal(42, h.join().intValue(), "result");
            }
        });
        cases.add(new TestCase("returnsBoxedLong") {
            @Override
            protected void run() {
                JoinHandle<Long> h = Task.spawn(new OneShot<Long, Long>() {
                    @Override
                    public Long run(Long x) {
                        return x << 33;
                    }
                }, 3L);
                Check.equal(3L << 33, h.join().longValue(), "result");
            }
        });
        cases.add(new TestCase("returnsBoxedDouble") {
            @Override
            protected void run() {
                JoinHandle<Double> h = Task.spawn(new OneShot<Double, Double>() {
                    @Override
                    public Double run(Double x) {
                        return x / 4;
                    }
                }, 10.0);
                Check.isTrue(h.join().doubleValue() == 2.5, "result is 2.5");
            }
        });
        cases.add(new TestCase("returnsBoxedBooleanAndCharacter") {
            @Override
            protected void run() {
                JoinHandle<Boolean> yes = Task.spawn(new OneShot<String, Boolean>() {
                    @Override
                    public Boolean run(String s) {
                        return s.isEmpty();
                    }
                }, "");
                JoinHandle<Character> letter = Task.spawn(new OneShot<String, Character>() {
                    @Override
                    public Character run(String s) {
                        return s.charAt(1);
                    }
                }, "xyz");
                Check.isTrue(yes.join().booleanValue(), "Boolean result");
                Check.equal((long) 'y', letter.join().charValue(), "Character result");
            }
        });
        cases.add(new TestCase("returnsAnObjectItBuilt") {
            @Override
            protected void run() {
                JoinHandle<String> h = Task.spawn(new OneShot<Integer, String>() {
                    @Override
                    public String run(Integer n) {
                        StringBuilder s = new StringBuilder();
                        for (int i = 0; i < n; i++) {
                            s.append(i);
                        }
                        return s.toString();
                    }
                }, 5);
                Check.equal("01234", h.join(), "result");
            }
        });
        cases.add(new TestCase("spawnsACapturingLambda") {
            @Override
            protected void run() {
                int base = 40;
                JoinHandle<Integer> h = Task.spawn(x -> x + base, 2);
                Check.equal(42, h.join().intValue(), "result");
            }
        });
        cases.add(new TestCase("aStatelessEntryMayBeSpawnedAgain") {
            @Override
            protected void run() {
                // A lambda that captures nothing is one shared object (as on HotSpot): it has
                // no state a second run could see, so spawning it again is allowed.
                int sum = 0;
                for (int i = 0; i < 3; i++) {
                    sum += Task.spawn(x -> x + 1, i).join();
                }
                Check.equal(6, sum, "sum of the results");
            }
        });
        cases.add(new TestCase("returnsNull") {
            @Override
            protected void run() {
                JoinHandle<Object> h = Task.spawn(new Entries.Identity<Object>(), null);
                Check.isTrue(h.join() == null, "null result");
            }
        });
        cases.add(new TestCase("argumentIsHandedOverAndBack") {
            @Override
            // sound: the test shares this object with the tasks it spawns on purpose, to observe what they do with it; no other cell sees it, and the test ends every task it spawns
            @SuppressWarnings("ownership:not.unique")
            protected void run() {
                Box box = new Box();
                box.value = 7;
                JoinHandle<Box> h = Task.spawn(new OneShot<Box, Box>() {
                    @Override
                    public Box run(Box b) {
                        b.value *= 6;
                        return b;
                    }
                }, box);
                Box back = h.join();
                Check.isTrue(back == box, "the same object comes back");
                Check.equal(42, back.value, "the task's change");
            }
        });
        cases.add(new TestCase("argumentCanBeNull") {
            @Override
            protected void run() {
                JoinHandle<String> h = Task.spawn(new OneShot<String, String>() {
                    @Override
                    public String run(String s) {
                        return s == null ? "got null" : s;
                    }
                }, null);
                Check.equal("got null", h.join(), "result");
            }
        });
        cases.add(new TestCase("joinAfterTheTaskExited") {
            @Override
            protected void run() {
                JoinHandle<Integer> h = Task.spawn(new Entries.YieldTimes(), 3);
                while (!h.isFinished()) {
                    Task.yield();
                }
                Check.equal(3, h.join().intValue(), "result of an exited task");
            }
        });
        cases.add(new TestCase("joinOrderUnlikeExitOrder") {
            @Override
            // sound: the test shares this object with the tasks it spawns on purpose, to observe what they do with it; no other cell sees it, and the test ends every task it spawns
            @SuppressWarnings("ownership:not.unique")
            protected void run() { // preemption would reorder what this checks
                Cooperatively.run(() -> {
                    final OrderLog exits = new OrderLog();
                    JoinHandle<Integer>[] handles = newHandles(5);
                    for (int i = 0; i < handles.length; i++) {
                        handles[i] = Task.spawn(new OneShot<Integer, Integer>() {
                            @Override
                            public Integer run(Integer n) {
                                for (int y = 0; y < n; y++) {
                                    Task.yield();
                                }
                                exits.add(n);
                                return n * 10;
                            }
                        }, i);
                    }
                    for (int i = handles.length - 1; i >= 0; i--) {
                        Check.equal(i * 10, handles[i].join().intValue(), "result of task " + i);
                    }
                    Check.equal("0,1,2,3,4", exits.toString(), "exit order");
                });
            }
        });
    }

    @SuppressWarnings("unchecked")
    static JoinHandle<Integer>[] newHandles(int count) {
        return (JoinHandle<Integer>[]) new JoinHandle<?>[count];
    }
}
