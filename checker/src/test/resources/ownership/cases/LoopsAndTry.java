package demo;

import ariadne.ownership.Borrowed;
import ariadne.ownership.Unique;
import java.util.List;

/** Rule 1 through the loop and try shapes UseAfterMoveFlow does not cover. */
class LoopsAndTry {
    static class Node {
        int value;
    }

    static void keep(@Unique Node node) {}

    static void look(@Borrowed Node node) {}

    static void risky() throws Exception {}

    void doWhileMovesOnTheSecondRound(boolean again) {
        @Unique Node n = new Node();
        do {
            // :: error: (use.after.maybe.move)
            keep(n);
        } while (again);
    }

    void enhancedForMovesOnTheSecondElement(List<String> names) {
        @Unique Node n = new Node();
        for (String name : names) {
            // :: error: (use.after.maybe.move)
            keep(n);
        }
    }

    void enhancedForRefillsEachRound(List<String> names) {
        @Unique Node n = new Node();
        for (String name : names) {
            keep(n);
            n = new Node();
        }
        keep(n);
    }

    void continueSkipsTheRefill(int times) {
        @Unique Node n = new Node();
        for (int i = 0; i < times; i++) {
            // :: error: (use.after.maybe.move)
            keep(n);
            if (i == 2) {
                continue;
            }
            n = new Node();
        }
        // :: error: (use.after.maybe.move)
        look(n);
    }

    void loopExitedOnlyAfterTheMove(boolean c) {
        @Unique Node n = new Node();
        while (true) {
            if (c) {
                keep(n);
                break;
            }
        }
        // :: error: (use.after.move)
        look(n);
    }

    void movedInFinallyIsMovedAfterTheTry() {
        @Unique Node n = new Node();
        try {
            look(n);
        } finally {
            keep(n);
        }
        // :: error: (use.after.move)
        look(n);
    }

    void movedInCatchMaybeMovedAfter() {
        @Unique Node n = new Node();
        try {
            risky();
        } catch (Exception e) {
            keep(n);
        }
        // :: error: (use.after.maybe.move)
        look(n);
    }

    void movedInNestedTryBodySeenByOuterFinally() {
        @Unique Node n = new Node();
        try {
            try {
                keep(n);
            } finally {
                risky();
            }
        } catch (Exception e) {
            return;
        } finally {
            // :: error: (use.after.maybe.move)
            look(n);
        }
    }

    void refilledInFinallyIsUsable() {
        @Unique Node n = new Node();
        try {
            keep(n);
        } finally {
            n = new Node();
        }
        keep(n);
    }

    int movedInOneSwitchExpressionArm(int k) {
        @Unique Node n = new Node();
        int r = switch (k) {
            case 0 -> {
                keep(n);
                yield 0;
            }
            default -> 1;
        };
        // :: error: (use.after.maybe.move)
        look(n);
        return r;
    }

    void tryWithResourcesBodyMoves(AutoCloseable resource) throws Exception {
        @Unique Node n = new Node();
        try (AutoCloseable r = resource) {
            keep(n);
        }
        // :: error: (use.after.move)
        look(n);
    }
}
