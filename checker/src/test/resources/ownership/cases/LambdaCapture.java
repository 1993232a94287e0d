package demo;

import ariadne.ownership.Borrowed;
import ariadne.ownership.Unique;
import java.util.function.Supplier;

/** Rule 1 and 3 for captures by lambdas, method references and anonymous classes. */
class LambdaCapture {
    static class Node {
        int value;

        int read() {
            return value;
        }
    }

    static void keep(@Unique Node node) {}

    Supplier<Node> kept;

    void captureAfterMove() {
        @Unique Node n = new Node();
        keep(n);
        // :: error: (use.after.move)
        Supplier<Integer> s = () -> n.value;
    }

    void captureMovesIntoTheLambda() {
        @Unique Node n = new Node();
        Supplier<Integer> s = () -> n.value;
        // :: error: (use.after.move)
        keep(n);
    }

    void captureInNestedLambdaReportedOnce() {
        @Unique Node n = new Node();
        keep(n);
        // :: error: (use.after.move)
        Supplier<Supplier<Integer>> s = () -> () -> n.value;
    }

    void methodReferenceMovesItsReceiver() {
        @Unique Node n = new Node();
        Supplier<Integer> s = n::read;
        // :: error: (use.after.move)
        keep(n);
    }

    void anonymousClassCaptureMoves() {
        @Unique Node n = new Node();
        Supplier<Integer> s = new Supplier<Integer>() {
            @Override
            public Integer get() {
                return n.value;
            }
        };
        // :: error: (use.after.move)
        keep(n);
    }

    void lambdaParameterIsItsOwnVariable() {
        @Unique Node n = new Node();
        java.util.function.Function<Node, Integer> f = m -> m.value;
        keep(n);
    }

    void borrowedCaptured(@Borrowed Node b) {
        // :: error: (borrowed.captured)
        kept = () -> b;
    }

    void borrowedBoundByMethodReference(@Borrowed Node b) {
        // :: error: (borrowed.captured)
        Supplier<Integer> s = b::read;
    }

    void borrowedAliasCaptured(@Borrowed Node b) {
        Node alias = b;
        // :: error: (borrowed.captured)
        Supplier<Integer> s = () -> alias.value;
    }

    void sharedCaptureIsFine(Node shared) {
        Supplier<Integer> s = () -> shared.value;
        shared.value = 1;
    }
}
