package demo;

import ariadne.ownership.Borrowed;
import ariadne.ownership.Unique;
import ariadne.task.Task;
import java.util.function.Supplier;

/**
 * Casts and parentheses never hide a variable; arrays and varargs are flagged by rule; captures
 * in loops and by anonymous classes move or are refused.
 */
class CastsArraysAndCaptures {
    static class Node {
        int value;
    }

    static void keep(@Unique Node node) {}

    static void keepObject(@Unique Object object) {}

    static void keepAll(@Unique Node... nodes) {}

    static void sinkAll(Node... nodes) {}

    static void look(@Borrowed Node node) {}

    Node[] slots = new Node[4];
    Object last;

    void castToObjectStillMoves() {
        @Unique Node n = new Node();
        keepObject((Object) n);
        // :: error: (use.after.move)
        look(n);
    }

    void parenthesesInAnArrayStoreMove() {
        @Unique Node n = new Node();
        slots[0] = ((n));
        // :: error: (use.after.move)
        look(n);
    }

    void castInVarargsSeenAsTheSameVariable() {
        @Unique Node a = new Node();
        // :: error: (moved.while.used) :: error: (moved.while.used)
        keepAll((Node) a, (a));
    }

    void sharedValueIntoUniqueVarargsThroughACast(Object shared) {
        // :: error: (not.unique)
        keepAll((Node) shared);
    }

    void borrowedIntoSharedVarargs(@Borrowed Node b) {
        // :: error: (borrowed.passed)
        sinkAll(b);
    }

    void borrowedStoredInAnArrayThroughACast(@Borrowed Node b) {
        // :: error: (borrowed.stored)
        slots[1] = (Node) (b);
    }

    void borrowedInAnArrayInitializer(@Borrowed Node b) {
        // :: error: (borrowed.stored) :: error: (assignment)
        Node[] copy = {b};
    }

    Node borrowedReturnedThroughAConditional(@Borrowed Node b, boolean c) {
        // :: error: (borrowed.returned)
        return c ? b : null;
    }

    void borrowedCapturedByAnAnonymousClass(@Borrowed Node b) {
        last = new Supplier<Integer>() {
            @Override
            public Integer get() {
                // :: error: (borrowed.captured)
                return b.value;
            }
        };
    }

    void captureInALoopMovesOnTheSecondRound(int times) {
        @Unique Node n = new Node();
        for (int i = 0; i < times; i++) {
            // :: error: (use.after.maybe.move)
            Supplier<Integer> s = () -> n.value;
        }
    }

    void spawnOfASharedArrayIsRefused(int[] counts) {
        // :: error: (not.unique)
        Task.spawn(a -> a.length, counts);
    }

    void spawnOfAFreshArrayMovesIt() {
        int @Unique [] counts = new int[4];
        Task.spawn(a -> a.length, counts);
        // :: error: (use.after.move)
        counts[0] = 1;
    }

    void spawnOfAParenthesizedCastArgumentMoves() {
        @Unique Node n = new Node();
        Task.spawn(x -> x.value, ((Node) n));
        // :: error: (use.after.move)
        look(n);
    }

    void lambdaCapturingThisIsNotUnique() {
        // :: error: (not.unique)
        Task.spawn(x -> x.value + slots.length, new Node());
    }
}
