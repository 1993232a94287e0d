package demo;

import ariadne.ownership.Borrowed;
import ariadne.ownership.Unique;

/** Rule 1 across control flow: branches, loops, switch, try/catch/finally. */
class UseAfterMoveFlow {
    static class Node {
        int value;
    }

    static void keep(@Unique Node node) {}

    static void look(@Borrowed Node node) {}

    static void risky(@Unique Node node) throws Exception {}

    void movedInOneBranch(boolean c) {
        @Unique Node n = new Node();
        if (c) {
            keep(n);
        }
        // :: error: (use.after.maybe.move)
        look(n);
    }

    void movedInBothBranches(boolean c) {
        @Unique Node n = new Node();
        if (c) {
            keep(n);
        } else {
            keep(n);
        }
        // :: error: (use.after.move)
        look(n);
    }

    void movedInOneBranchReassignedInOther(boolean c) {
        @Unique Node n = new Node();
        if (c) {
            keep(n);
            n = new Node();
        }
        keep(n);
    }

    void movedInsideLoop(int times) {
        @Unique Node n = new Node();
        for (int i = 0; i < times; i++) {
            // :: error: (use.after.maybe.move)
            keep(n);
        }
    }

    void movedInLoopThenRefilled(int times) {
        @Unique Node n = new Node();
        while (times-- > 0) {
            keep(n);
            n = new Node();
        }
        keep(n);
    }

    void movedInLoopAndBreak(int times) {
        @Unique Node n = new Node();
        while (times-- > 0) {
            keep(n);
            break;
        }
        // :: error: (use.after.maybe.move)
        look(n);
    }

    void movedInSwitchCase(int k) {
        @Unique Node n = new Node();
        switch (k) {
            case 1:
                keep(n);
                break;
            default:
                break;
        }
        // :: error: (use.after.maybe.move)
        look(n);
    }

    void movedInConditionalExpression(boolean c) {
        @Unique Node n = new Node();
        @Unique Node m = new Node();
        keep(c ? n : m);
        // :: error: (use.after.move)
        look(n);
    }

    void usedInFinallyAfterMoveInTry() {
        @Unique Node n = new Node();
        try {
            keep(n);
        } finally {
            // :: error: (use.after.maybe.move)
            look(n);
        }
    }

    void movedByThrowingCallSeenInCatch() {
        @Unique Node n = new Node();
        try {
            risky(n);
        } catch (Exception e) {
            // :: error: (use.after.move)
            look(n);
        }
    }

    void returnMovesBeforeFinallyRuns() {
        @Unique Node n = new Node();
        try {
            keep(n);
            return;
        } finally {
            // :: error: (use.after.maybe.move)
            n.value = 3;
        }
    }

    void tryWithoutMoveIsFine() {
        @Unique Node n = new Node();
        try {
            look(n);
        } finally {
            look(n);
        }
        keep(n);
    }
}
