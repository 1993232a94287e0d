package demo;

import ariadne.ownership.Immutable;
import java.util.List;

/** Rule 4: @Immutable classes have only final fields of immutable types. */
class ImmutableClasses {
    enum Color { RED, GREEN }

    enum Counter {
        ONE;
        int hits;
    }

    @Immutable
    static final class Point {
        final int x;
        final int y;
        final String label;
        final Color color;

        Point(int x, int y, String label, Color color) {
            this.x = x;
            this.y = y;
            this.label = label;
            this.color = color;
        }
    }

    @Immutable
    static final class Segment {
        final Point from;
        final Point to;

        Segment(Point from, Point to) {
            this.from = from;
            this.to = to;
        }
    }

    @Immutable
    static final class HasMutableField {
        // :: error: (immutable.field.not.final)
        int count;
    }

    @Immutable
    static final class HasArray {
        // :: error: (immutable.field.type)
        final int[] values = new int[2];
    }

    @Immutable
    static final class HasList {
        // :: error: (immutable.field.type)
        final List<String> names = List.of();
    }

    @Immutable
    static final class HasMutableEnum {
        // :: error: (immutable.field.type)
        final Counter counter = Counter.ONE;
    }

    static class Mutable {
        int value;
    }

    @Immutable
    static final class HoldsMutable {
        // :: error: (immutable.field.type)
        final Mutable inner = new Mutable();
    }

    @Immutable
    // :: error: (immutable.superclass)
    static class ExtendsMutable extends Mutable {}

    @Immutable
    static class Base {
        final int id = 1;
    }

    // :: error: (immutable.subclass)
    static class MutableChild extends Base {
        int extra;
    }

    @Immutable
    static final class ImmutableChild extends Base {
        final long stamp = 2L;
    }

    @Immutable
    interface Value {}

    // :: error: (immutable.subclass)
    static class MutableValue implements Value {
        int state;
    }

    @Immutable
    record Pair(int left, String right) {}

    @Immutable
    // :: error: (immutable.field.type)
    record Holder(Mutable thing) {}

    @Immutable
    static final class WithStaticCounter {
        static final String NAME = "fine";
        final int id = 0;
    }
}
