package ariadne.suites.exceptions;

import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/** Which handler runs: innermost covering, first matching clause, finally on every exit, rethrow. */
final class HandlerCases {
    private HandlerCases() {
    }

    static void add(CaseList cases) {
        cases.add(new TestCase("catchInTheThrowingMethod") {
            @Override
            protected void run() {
                String seen = "none";
                try {
                    throw new IllegalStateException("here");
                } catch (IllegalStateException e) {
                    seen = e.getMessage();
                }
                Check.equal("here", seen, "caught message");
            }
        });
        cases.add(new TestCase("catchAcrossTenFrames") {
            @Override
            protected void run() {
                int depthAtThrow = -1;
                try {
                    descend(10);
                } catch (Depth e) {
                    depthAtThrow = e.depth;
                }
                Check.equal(0, depthAtThrow, "thrown at the bottom, caught at the top");
            }
        });
        cases.add(new TestCase("innermostHandlerWins") {
            @Override
            protected void run() {
                StringBuilder path = new StringBuilder();
                try {
                    try {
                        descend(3);
                    } catch (Depth e) {
                        path.append("inner");
                    }
                    path.append(" after");
                } catch (Depth e) {
                    path.append("outer");
                }
                Check.equal("inner after", path.toString(), "handlers run");
            }
        });
        cases.add(new TestCase("firstMatchingClauseWins") {
            @Override
            protected void run() {
                Check.equal("argument", classify(new NumberFormatException("x")), "subclass of the first clause");
                Check.equal("runtime", classify(new IllegalStateException("x")), "only the second clause matches");
                Check.equal("any", classify(new Exception("x")), "the catch-all");
            }
        });
        cases.add(new TestCase("nonMatchingHandlersAreSkipped") {
            @Override
            protected void run() {
                String seen = "none";
                try {
                    throwThroughWrongHandler();
                } catch (UnsupportedOperationException e) {
                    seen = e.getMessage();
                }
                Check.equal("through", seen, "reached the matching outer handler");
            }
        });
        cases.add(new TestCase("finallyRunsOnThrowReturnAndNormalExit") {
            @Override
            protected void run() {
                StringBuilder log = new StringBuilder();
                try {
                    finallyAround(log, true);
                } catch (IllegalStateException e) {
                    log.append(" caught");
                }
                Check.equal("body finally caught", log.toString(), "on a throw");
                log.setLength(0);
                Check.equal(7, finallyAround(log, false), "returned value");
                Check.equal("body finally", log.toString(), "on a return");
            }
        });
        cases.add(new TestCase("rethrowFromHandlerReachesOuterHandler") {
            @Override
            protected void run() {
                Throwable cause = null;
                try {
                    try {
                        descend(2);
                    } catch (Depth e) {
                        throw new IllegalArgumentException("wrapped", e);
                    }
                } catch (IllegalArgumentException e) {
                    cause = e.getCause();
                }
                Check.isTrue(cause instanceof Depth, "the cause is the first exception");
            }
        });
        cases.add(new TestCase("handlerLocalsAndOperandStackAreSound") {
            @Override
            protected void run() {
                long sum = 0;
                for (int i = 0; i < 100; i++) {
                    try {
                        sum += i + thrower(i);
                    } catch (Depth e) {
                        sum += e.depth;
                    }
                }
                Check.equal(2450 + 50 * 2 + 5000, sum, "even i add i + 2, odd i add 2i from the handler");
            }
        });
    }

    /** An exception that carries the depth it was thrown at. */
    static final class Depth extends RuntimeException {
        final int depth;

        Depth(int depth) {
            super("depth " + depth);
            this.depth = depth;
        }
    }

    static int descend(int depth) {
        if (depth == 0) {
            throw new Depth(0);
        }
        return descend(depth - 1) + 1;
    }

    /** Even i returns 2; odd i throws, carrying 2i. */
    private static int thrower(int i) {
        if (i % 2 == 0) {
            return 2;
        }
        throw new Depth(i + i);
    }

    private static String classify(Exception e) {
        try {
            throw e;
        } catch (IllegalArgumentException caught) {
            return "argument";
        } catch (RuntimeException caught) {
            return "runtime";
        } catch (Exception caught) {
            return "any";
        }
    }

    private static void throwThroughWrongHandler() {
        try {
            throw new UnsupportedOperationException("through");
        } catch (IllegalStateException e) {
            Check.isTrue(false, "a handler of another type ran");
        }
    }

    private static int finallyAround(StringBuilder log, boolean fail) {
        try {
            log.append("body");
            if (fail) {
                throw new IllegalStateException("fail");
            }
            return 7;
        } finally {
            log.append(" finally");
        }
    }
}
