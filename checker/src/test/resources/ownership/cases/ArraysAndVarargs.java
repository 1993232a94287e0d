package demo;

import ariadne.ownership.Borrowed;
import ariadne.ownership.Unique;

/**
 * Arrays and varargs: storing a @Unique variable in an array moves it; varargs arguments follow the
 * varargs element type. An array itself is unique when written {@code Node @Unique []}.
 */
class ArraysAndVarargs {
    static class Node {
        int value;
    }

    static void keepAll(@Unique Node... nodes) {}

    static void lookAll(@Borrowed Node... nodes) {}

    static void sinkAll(Node... nodes) {}

    static void keepArray(Node @Unique [] nodes) {}

    Node[] slots = new Node[2];

    void arrayInitializerMoves() {
        @Unique Node n = new Node();
        Node[] array = {n};
        // :: error: (use.after.move)
        n.value = 1;
    }

    void newArrayInitializerMoves() {
        @Unique Node n = new Node();
        Node[] array = new Node[] {new Node(), n};
        // :: error: (use.after.move)
        keepAll(n);
    }

    void arrayElementStoreMoves() {
        @Unique Node n = new Node();
        slots[1] = n;
        // :: error: (use.after.move)
        n.value = 2;
    }

    void uniqueVarargsMoveEachArgument() {
        @Unique Node a = new Node();
        @Unique Node b = new Node();
        keepAll(a, b);
        // :: error: (use.after.move)
        a.value = 1;
        // :: error: (use.after.move)
        b.value = 1;
    }

    void uniqueVarargsRejectSharedElements(Node shared) {
        // :: error: (not.unique)
        keepAll(new Node(), shared);
    }

    void borrowedVarargsDoNotMove() {
        @Unique Node a = new Node();
        lookAll(a, a);
        keepAll(a);
    }

    void sharedVarargsMove() {
        @Unique Node a = new Node();
        sinkAll(a);
        // :: error: (use.after.move)
        lookAll(a);
    }

    void sameVariableTwiceInVarargs() {
        @Unique Node a = new Node();
        // :: error: (moved.while.used) :: error: (moved.while.used)
        keepAll(a, a);
    }

    void freshArrayIsUnique() {
        keepArray(new Node[3]);
        Node @Unique [] mine = new Node[1];
        keepArray(mine);
        // :: error: (use.after.move)
        mine[0] = null;
    }

    void fieldArrayIsShared() {
        // :: error: (not.unique)
        keepArray(slots);
    }

    void elementOfUniqueArrayIsNotTracked() {
        Node @Unique [] mine = {new Node()};
        mine[0].value = 3;
        keepArray(mine);
    }
}
