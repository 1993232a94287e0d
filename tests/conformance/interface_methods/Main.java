package conformance.interface_methods;

import java.util.ArrayList;
import java.util.List;

/** Interface static and private methods, diamond defaults, abstract classes with partial implementations. */
public class Main {
    interface Shape {
        double area();

        default String describe() {
            return name() + " with area " + format(area());
        }

        default String name() {
            return "shape";
        }

        private String format(double v) {
            return helper(v) + " units";
        }

        private static String helper(double v) {
            long scaled = Math.round(v * 100);
            return scaled / 100 + "." + (scaled % 100 < 10 ? "0" : "") + scaled % 100;
        }

        static Shape square(double side) {
            return () -> side * side;
        }

        static int count(Shape... shapes) {
            return shapes.length;
        }
    }

    interface Named {
        default String name() {
            return "named";
        }
    }

    interface Left {
        default String who() {
            return "left";
        }
    }

    interface Right {
        default String who() {
            return "right";
        }
    }

    static class Both implements Left, Right {
        @Override
        public String who() {
            return Left.super.who() + "+" + Right.super.who();
        }
    }

    interface Base {
        default String id() {
            return "base";
        }
    }

    interface Mid1 extends Base {
    }

    interface Mid2 extends Base {
        @Override
        default String id() {
            return "mid2";
        }
    }

    static class Diamond implements Mid1, Mid2 {
    }

    abstract static class Polygon implements Shape {
        private final int sides;
        protected final String label;

        Polygon(int sides) {
            this.sides = sides;
            this.label = "poly" + sides + ":" + kind();
        }

        abstract String kind();

        int sides() {
            return sides;
        }

        @Override
        public String name() {
            return label;
        }
    }

    static class Rect extends Polygon implements Named {
        private final double w;
        private final double h;

        Rect(double w, double h) {
            super(4);
            this.w = w;
            this.h = h;
        }

        @Override
        String kind() {
            return "rect(w=" + w + ")";
        }

        @Override
        public double area() {
            return w * h;
        }

        @Override
        public String name() {
            return Named.super.name() + "/" + super.name();
        }
    }

    static class Triangle extends Polygon {
        private final double b;
        private final double h;

        Triangle(double b, double h) {
            super(3);
            this.b = b;
            this.h = h;
        }

        @Override
        String kind() {
            return "triangle";
        }

        @Override
        public double area() {
            return b * h / 2;
        }
    }

    abstract static class Template {
        final String run() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < steps(); i++) {
                sb.append(step(i)).append(i + 1 < steps() ? "," : "");
            }
            return sb.toString();
        }

        abstract int steps();

        String step(int i) {
            return "s" + i;
        }
    }

    interface Visitor<R> {
        R visitNumber(int n);

        R visitAdd(Node l, Node r);
    }

    interface Node {
        <R> R accept(Visitor<R> v);
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(Shape.square(1.5));
        shapes.add(new Rect(2, 3.25));
        shapes.add(new Triangle(3, 5));
        shapes.add(new Shape() {
            @Override
            public double area() {
                return 0.125;
            }

            @Override
            public String name() {
                return "anonymous";
            }
        });
        for (Shape s : shapes) {
            System.out.println(s.describe());
        }
        System.out.println(Shape.count() + " " + Shape.count(shapes.get(0), shapes.get(1)));
        System.out.println(new Both().who() + " " + new Diamond().id() + " " + ((Base) new Diamond()).id() + " " + ((Mid1) new Diamond()).id());
        Polygon p = new Triangle(1, 1);
        System.out.println(p.sides() + " " + p.label + " " + p.kind() + " " + (p instanceof Shape) + " " + (p instanceof Named));
        Template t = new Template() {
            @Override
            int steps() {
                return 3;
            }

            @Override
            String step(int i) {
                return i == 1 ? "middle" : super.step(i);
            }
        };
        System.out.println(t.run());
        Node one = new Node() {
            public <R> R accept(Visitor<R> v) {
                return v.visitNumber(1);
            }
        };
        Node two = new Node() {
            public <R> R accept(Visitor<R> v) {
                return v.visitNumber(2);
            }
        };
        Node sum = new Node() {
            public <R> R accept(Visitor<R> v) {
                return v.visitAdd(one, two);
            }
        };
        String shown = sum.accept(new Visitor<String>() {
            public String visitNumber(int n) {
                return Integer.toString(n);
            }

            public String visitAdd(Node l, Node r) {
                return "(" + l.accept(this) + " + " + r.accept(this) + ")";
            }
        });
        Integer value = sum.accept(new Visitor<Integer>() {
            public Integer visitNumber(int n) {
                return n;
            }

            public Integer visitAdd(Node l, Node r) {
                return l.accept(this) + r.accept(this);
            }
        });
        System.out.println(shown + " = " + value);
        try {
            Object o = new Both();
            ((Shape) o).area();
        } catch (ClassCastException e) {
            System.out.println("ClassCastException");
        }
    }
}
