package demo;

import ariadne.ownership.Borrowed;
import ariadne.ownership.Unique;
import java.util.ArrayList;
import java.util.List;

/** Rule 3: a @Borrowed parameter is not stored, returned, captured or passed on as owned. */
class BorrowedRules {
    static class Node {
        int value;
        Node next;
    }

    Node field;
    Node[] slots = new Node[4];
    List<Node> list = new ArrayList<>();

    static void sink(Node node) {}

    static void lend(@Borrowed Node node) {}

    void storedInField(@Borrowed Node b) {
        // :: error: (borrowed.stored)
        field = b;
    }

    void storedInArray(@Borrowed Node b) {
        // :: error: (borrowed.stored)
        slots[0] = b;
    }

    void storedInAnotherObject(@Borrowed Node b, Node other) {
        // :: error: (borrowed.stored)
        other.next = b;
    }

    Node returned(@Borrowed Node b) {
        // :: error: (borrowed.returned)
        return b;
    }

    void passedToOwningParameter(@Borrowed Node b) {
        // :: error: (borrowed.passed)
        sink(b);
    }

    void passedToCollection(@Borrowed Node b) {
        // :: error: (borrowed.passed)
        list.add(b);
    }

    void passedThroughALocal(@Borrowed Node b) {
        Node alias = b;
        // :: error: (borrowed.stored)
        field = alias;
    }

    void passedInParenthesesAndCast(@Borrowed Node b) {
        // :: error: (borrowed.passed)
        sink((Node) (b));
    }

    void lentOnIsFine(@Borrowed Node b) {
        lend(b);
        b.value = b.value + 1;
        int v = b.next == null ? 0 : b.next.value;
    }

    void readingFieldsOfABorrowIsFine(@Borrowed Node b) {
        field = b.next;
    }

    void uniqueLentStaysOwned() {
        @Unique Node n = new Node();
        lend(n);
        sink(n);
    }
}
