package demo;

import ariadne.ownership.Borrowed;
import ariadne.ownership.Unique;

/** Rule 1: use after move of locals and parameters, in straight-line code. */
class UseAfterMoveLocals {
    static class Node {
        int value;
    }

    static void keep(@Unique Node node) {}

    static void sink(Node node) {}

    static void look(@Borrowed Node node) {}

    void movedThenRead() {
        @Unique Node n = new Node();
        keep(n);
        // :: error: (use.after.move)
        n.value = 1;
    }

    void movedTwice() {
        @Unique Node n = new Node();
        keep(n);
        // :: error: (use.after.move)
        keep(n);
    }

    void parameterMoved(@Unique Node n) {
        keep(n);
        // :: error: (use.after.move)
        look(n);
    }

    void passingToSharedParameterMovesToo() {
        @Unique Node n = new Node();
        sink(n);
        // :: error: (use.after.move)
        System.out.println(n.value);
    }

    void assignmentMoves() {
        @Unique Node n = new Node();
        Node alias = n;
        // :: error: (use.after.move)
        keep(n);
    }

    void reassignedAfterMoveIsLiveAgain() {
        @Unique Node n = new Node();
        keep(n);
        n = new Node();
        keep(n);
    }

    void borrowingDoesNotMove() {
        @Unique Node n = new Node();
        look(n);
        look(n);
        n.value = 2;
        keep(n);
    }

    @Unique Node returnMoves() {
        @Unique Node n = new Node();
        return n;
    }

    void castAndParenthesesDoNotHideTheMove() {
        @Unique Node n = new Node();
        keep((Node) (n));
        // :: error: (use.after.move)
        look(n);
    }

    void sameVariableTwiceInOneCall() {
        @Unique Node n = new Node();
        // :: error: (moved.while.used)
        pair(n, n);
    }

    static void pair(@Unique Node a, @Borrowed Node b) {}

    void unannotatedLocalsAreShared() {
        Node n = new Node();
        sink(n);
        sink(n);
        // :: error: (not.unique)
        keep(n);
    }
}
