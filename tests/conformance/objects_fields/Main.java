package conformance.objects_fields;

/** Object creation, constructors (chained with this(...) and super(...)), instance and static fields, defaults. */
public class Main {
    static int created;
    static final String PREFIX = "pt";

    static class Defaults {
        boolean z;
        byte b;
        char c;
        short s;
        int i;
        long l;
        float f;
        double d;
        Object o;
        String str;
        int[] arr;
    }

    static class Point {
        final int x;
        final int y;
        String label;

        Point() {
            this(0, 0);
            label = "origin";
        }

        Point(int x, int y) {
            this.x = x;
            this.y = y;
            this.label = PREFIX + created;
            created++;
        }

        Point translate(int dx, int dy) {
            return new Point(x + dx, y + dy);
        }

        long distanceSquared(Point other) {
            long dx = x - other.x;
            long dy = y - other.y;
            return dx * dx + dy * dy;
        }

        @Override
        public String toString() {
            return label + "(" + x + "," + y + ")";
        }
    }

    static class Point3 extends Point {
        final int z;

        Point3(int x, int y, int z) {
            super(x, y);
            this.z = z;
        }

        @Override
        public String toString() {
            return super.toString() + "z" + z;
        }
    }

    static class Base {
        int shadowed = 1;
        static String kind = "base";
    }

    static class Derived extends Base {
        int shadowed = 2;
        static String kind = "derived";

        int both() {
            return shadowed * 10 + super.shadowed;
        }
    }

    static class Counter {
        private long count;
        private final int step;

        Counter(int step) {
            this.step = step;
        }

        Counter tick() {
            count += step;
            return this;
        }
    }

    static class Node {
        int value;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    public static void main(String[] args) {
        Defaults d = new Defaults();
        System.out.println(d.z);
        System.out.println(d.b);
        System.out.println((int) d.c);
        System.out.println(d.s);
        System.out.println(d.i);
        System.out.println(d.l);
        System.out.println(d.f);
        System.out.println(d.d);
        System.out.println(d.o);
        System.out.println(d.str);
        System.out.println(d.arr == null);

        d.z = true;
        d.b = -7;
        d.c = 'q';
        d.s = 30000;
        d.i = 123456789;
        d.l = 1234567890123L;
        d.f = 1.5f;
        d.d = -2.25;
        d.str = "set";
        System.out.println(d.z + " " + d.b + " " + d.c + " " + d.s + " " + d.i + " " + d.l + " " + d.f + " " + d.d + " " + d.str);

        Point origin = new Point();
        Point p = new Point(3, 4);
        Point q = p.translate(-1, 10);
        System.out.println(origin);
        System.out.println(p);
        System.out.println(q);
        System.out.println(p.distanceSquared(q));
        System.out.println(created);
        Point3 p3 = new Point3(1, 2, 3);
        System.out.println(p3);
        Point asPoint = p3;
        System.out.println(asPoint.x + asPoint.y);

        Derived derived = new Derived();
        Base asBase = derived;
        System.out.println(derived.shadowed);
        System.out.println(asBase.shadowed);
        System.out.println(derived.both());
        System.out.println(Base.kind + " " + Derived.kind);

        Counter counter = new Counter(7);
        counter.tick().tick().tick();
        System.out.println(counter.count);

        Node list = null;
        for (int i = 0; i < 10; i++) {
            list = new Node(i * i, list);
        }
        int sum = 0;
        for (Node n = list; n != null; n = n.next) {
            System.out.print(n.value);
            System.out.print(' ');
            sum += n.value;
        }
        System.out.println();
        System.out.println(sum);

        Object o1 = new Object();
        Object o2 = new Object();
        System.out.println(o1 == o2);
        System.out.println(o1.equals(o1));
        System.out.println(o1.equals(o2));
        System.out.println(o1.hashCode() == o1.hashCode());
    }
}
