package ariadne.suites.tasks;

import ariadne.ownership.CellState;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;
import ariadne.task.JoinHandle;
import ariadne.task.OneShot;
import ariadne.task.Task;

/**
 * JLS 12.4.2 under tasks: a class whose initialiser gives up the CPU (sleeps, yields, joins a
 * task it spawned) is waited for by another task that touches it, which then sees it done, or,
 * if the initialiser threw, gets NoClassDefFoundError. Each reader first waits until the
 * initialiser has begun, so it always asks while the initialisation is in progress; a guard that
 * let it through would show it the statics unset. Once per boot: a class is initialised once.
 */
final class InitialisationCases {
    static final int EXPECTED = 42;
    static final int SLEEPS = 0;
    static final int YIELDS = 1;
    static final int JOINS = 2;
    static final int THROWS = 3;
    /** Marks a reader that got NoClassDefFoundError. */
    static final int NO_CLASS_DEF = 500;

    private InitialisationCases() {
    }

    /** How far each initialiser has got: 0 not begun, 1 inside, 2 finished. No initialiser of its own. */
    static final class Stages {
        @CellState
        static volatile int sleeps;
        @CellState
        static volatile int yields;
        @CellState
        static volatile int joins;
        @CellState
        static volatile int throwsStage;

        private Stages() {
        }
    }

    static final class SleepsWhileInitialising {
        static final int VALUE;

        static {
            Stages.sleeps = 1;
            Task.sleep(20);
            VALUE = EXPECTED;
            Stages.sleeps = 2;
        }

        private SleepsWhileInitialising() {
        }
    }

    static final class YieldsWhileInitialising {
        static final int VALUE;

        static {
            Stages.yields = 1;
            for (int i = 0; i < 10; i++) {
                Task.yield();
            }
            VALUE = EXPECTED;
            Stages.yields = 2;
        }

        private YieldsWhileInitialising() {
        }
    }

    static final class JoinsWhileInitialising {
        static final int VALUE;

        static {
            Stages.joins = 1;
            JoinHandle<Integer> helper = Task.spawn(new Doubler(), EXPECTED / 2);
            VALUE = helper.join().intValue();
            Stages.joins = 2;
        }

        private JoinsWhileInitialising() {
        }
    }

    static final class ThrowsWhileInitialising {
        static final int VALUE;

        static {
            Stages.throwsStage = 1;
            for (int i = 0; i < 10; i++) {
                Task.yield();
            }
            if (Stages.throwsStage == 1) {
                throw new IllegalStateException("initialiser failed on purpose");
            }
            VALUE = EXPECTED;
        }

        private ThrowsWhileInitialising() {
        }
    }

    /** The spawned helper of {@link JoinsWhileInitialising}; it does not touch that class (that would deadlock on HotSpot too). */
    static final class Doubler implements OneShot<Integer, Integer> {
        @Override
        public Integer run(Integer half) {
            Task.yield();
            return half * 2;
        }
    }

    /** Touches the class first: it initialises it. */
    static final class Initialiser implements OneShot<Integer, Integer> {
        @Override
        public Integer run(Integer which) {
            return valueOf(which);
        }
    }

    /**
     * Waits until the initialiser has begun, then touches the class: returns the stage it saw
     * before, times 1000, plus the value it read (or {@link #NO_CLASS_DEF}).
     */
    static final class Reader implements OneShot<Integer, Integer> {
        @Override
        public Integer run(Integer which) {
            while (stageOf(which) == 0) {
                Task.yield();
            }
            int stageBefore = stageOf(which);
            try {
                return stageBefore * 1000 + valueOf(which);
            } catch (NoClassDefFoundError e) {
                String message = e.getMessage();
                Check.isTrue(message.startsWith("Could not initialize class ") && message.endsWith("$ThrowsWhileInitialising"),
                        "the waiter's error names the class (" + message + ")");
                return stageBefore * 1000 + NO_CLASS_DEF;
            }
        }
    }

    static int valueOf(int which) {
        switch (which) {
            case SLEEPS:
                return SleepsWhileInitialising.VALUE;
            case YIELDS:
                return YieldsWhileInitialising.VALUE;
            case JOINS:
                return JoinsWhileInitialising.VALUE;
            default:
                return ThrowsWhileInitialising.VALUE;
        }
    }

    static int stageOf(int which) {
        switch (which) {
            case SLEEPS:
                return Stages.sleeps;
            case YIELDS:
                return Stages.yields;
            case JOINS:
                return Stages.joins;
            default:
                return Stages.throwsStage;
        }
    }

    static void add(CaseList cases) {
        addWaiting(cases, "initialiserThatSleepsIsWaitedFor", SLEEPS);
        addWaiting(cases, "initialiserThatYieldsIsWaitedFor", YIELDS);
        addWaiting(cases, "initialiserThatJoinsASpawnedTaskIsWaitedFor", JOINS);
    }

    private static void addWaiting(CaseList cases, String name, int which) {
        cases.add(new TestCase(name) {
            @Override
            protected void run() {
                JoinHandle<Integer> initialiser = Task.spawn(new Initialiser(), which);
                JoinHandle<Integer> reader = Task.spawn(new Reader(), which);
                Check.equal(EXPECTED, initialiser.join().intValue(), "the initialiser's value");
                Check.equal(1000 + EXPECTED, reader.join().intValue(),
                        "stage the reader found (1: in progress) * 1000 + the value it read");
            }
        });
    }

    /** Needs catchable exceptions: added with the failure cases. */
    static void addFailing(CaseList cases) {
        cases.add(new TestCase("contendedInitialiserThatThrowsGivesTheWaiterNoClassDefFoundError") {
            @Override
            protected void run() {
                JoinHandle<Integer> initialiser = Task.spawn(new Initialiser(), THROWS);
                JoinHandle<Integer> reader = Task.spawn(new Reader(), THROWS);
                Throwable failure = FailureCases.failureOf(initialiser);
                Check.isTrue(failure instanceof ExceptionInInitializerError,
                        "the initialiser got ExceptionInInitializerError (" + failure + ")");
                Check.isTrue(failure.getCause() instanceof IllegalStateException, "caused by what <clinit> threw");
                Check.equal(1000 + NO_CLASS_DEF, reader.join().intValue(),
                        "stage the reader found (1: in progress) * 1000 + 500 for NoClassDefFoundError");
            }
        });
    }
}
