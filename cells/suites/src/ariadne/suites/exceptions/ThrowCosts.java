package ariadne.suites.exceptions;

import ariadne.magic.Magic;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/**
 * Prints {@code MEASURE name value} lines: what creating an exception, and throwing it to a
 * handler 1 or 10 frames up, cost in TSC counts (guest instructions under QEMU's
 * {@code -icount shift=0,sleep=off}), less the loop and the calls around them. Without icount
 * the counts are host-timing noise, so the case checks only that every round ended as intended.
 */
final class ThrowCosts {
    private static final int ROUNDS = 200;

    private ThrowCosts() {
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("costs") {
            @Override
            protected void run() {
                long create = perRound(Mode.CREATE, 1) - perRound(Mode.RETURN, 1);
                long throwOne = perRound(Mode.THROW, 1) - perRound(Mode.CREATE, 1);
                long throwTen = perRound(Mode.THROW, 10) - perRound(Mode.CREATE, 10);
                print("exception-creation-tsc", create);
                print("throw-catch-1-frame-tsc", throwOne);
                print("throw-catch-10-frames-tsc", throwTen);
                print("throw-catch-per-extra-frame-tsc", (throwTen - throwOne) / 9);
            }
        });
    }

    private enum Mode { RETURN, CREATE, THROW }

    private static long perRound(Mode mode, int depth) {
        long start = Magic.rdtsc();
        int count = 0;
        for (int i = 0; i < ROUNDS; i++) {
            try {
                count += call(mode, depth);
            } catch (IllegalStateException e) {
                count++;
            }
        }
        long cost = (Magic.rdtsc() - start) / ROUNDS;
        Check.equal(ROUNDS, count, "every round counted");
        return cost;
    }

    private static int call(Mode mode, int depth) {
        if (depth > 1) {
            return call(mode, depth - 1);
        }
        if (mode == Mode.RETURN) {
            return 1;
        }
        IllegalStateException e = new IllegalStateException();
        if (mode == Mode.THROW) {
            throw e;
        }
        return e == null ? 0 : 1;
    }

    private static void print(String name, long value) {
        System.out.println("MEASURE " + name + " " + value);
    }
}
