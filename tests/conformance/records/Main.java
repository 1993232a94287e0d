package conformance.records;

/** Records: accessors, toString, equals, hashCode consistency, compact and custom constructors, static members, interfaces. */
public class Main {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);

        Point {
            if (x < -1000 || y < -1000) {
                throw new IllegalArgumentException("too small: " + x + "," + y);
            }
        }

        Point(int both) {
            this(both, both);
        }

        Point plus(Point other) {
            return new Point(x + other.x, y + other.y);
        }

        static Point of(String text) {
            int comma = text.indexOf(',');
            return new Point(Integer.parseInt(text.substring(0, comma)), Integer.parseInt(text.substring(comma + 1)));
        }
    }

    record Named(String name, double weight, char grade, boolean active, long id, float ratio, byte b, short s) {
    }

    interface Shape {
        double area();
    }

    record Circle(Point center, double radius) implements Shape {
        @Override
        public double area() {
            return 3.0 * radius * radius;
        }
    }

    record Rect(Point topLeft, Point bottomRight) implements Shape {
        @Override
        public double area() {
            return (double) (bottomRight.x() - topLeft.x()) * (bottomRight.y() - topLeft.y());
        }

        @Override
        public String toString() {
            return "Rect[" + topLeft.x() + ".." + bottomRight.x() + "]";
        }
    }

    record Pair<A, B>(A first, B second) {
        Pair<B, A> swap() {
            return new Pair<>(second, first);
        }
    }

    record Empty() {
    }

    record Celsius(double degrees) {
        @Override
        public double degrees() {
            return Math.round(degrees * 10) / 10.0;
        }
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = new Point(3, 4);
        Point r = new Point(7);
        System.out.println(p + " " + q + " " + r + " " + Point.ORIGIN);
        System.out.println(p.x() + " " + p.y());
        System.out.println(p.equals(q) + " " + p.equals(r) + " " + p.equals(null) + " " + p.equals("Point[x=3, y=4]") + " " + (p == q));
        System.out.println("hash consistent " + (p.hashCode() == q.hashCode()));
        System.out.println(p.plus(r) + " " + Point.of("12,-5"));
        try {
            new Point(-5000, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        Named n = new Named("widget", 2.5, 'B', true, 1234567890123L, 0.75f, (byte) -1, (short) 999);
        System.out.println(n);
        Named n2 = new Named("widget", 2.5, 'B', true, 1234567890123L, 0.75f, (byte) -1, (short) 999);
        Named n3 = new Named("widget", 2.5, 'B', false, 1234567890123L, 0.75f, (byte) -1, (short) 999);
        System.out.println(n.equals(n2) + " " + n.equals(n3) + " " + (n.hashCode() == n2.hashCode()));
        Named withNull = new Named(null, Double.NaN, 'x', false, 0, -0.0f, (byte) 0, (short) 0);
        Named withNull2 = new Named(null, Double.NaN, 'x', false, 0, -0.0f, (byte) 0, (short) 0);
        System.out.println(withNull + " " + withNull.equals(withNull2));
        Named zeros = new Named(null, 0.0, 'x', false, 0, 0.0f, (byte) 0, (short) 0);
        Named negativeZeros = new Named(null, -0.0, 'x', false, 0, 0.0f, (byte) 0, (short) 0);
        System.out.println("0.0 vs -0.0 " + zeros.equals(negativeZeros));

        Shape[] shapes = {new Circle(p, 2), new Rect(Point.ORIGIN, new Point(4, 5))};
        for (Shape s : shapes) {
            System.out.println(s + " area " + s.area());
        }
        Pair<String, Integer> pair = new Pair<>("one", 1);
        System.out.println(pair + " " + pair.swap() + " " + pair.swap().swap().equals(pair));
        Pair<Point, Pair<String, Integer>> nested = new Pair<>(p, pair);
        System.out.println(nested);
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + (new Empty().hashCode() == new Empty().hashCode()));
        Celsius c = new Celsius(21.456);
        System.out.println(c + " " + c.degrees());
        Object o = p;
        System.out.println((o instanceof Record) + " " + o.getClass().getSimpleName() + " " + o.getClass().getName());
    }
}
