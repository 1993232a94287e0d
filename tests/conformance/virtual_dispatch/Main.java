package conformance.virtual_dispatch;

/** invokevirtual / invokespecial / invokestatic: overriding, super calls, abstract classes, private and static methods, overloads. */
public class Main {
    abstract static class Shape {
        abstract double area();

        String name() {
            return "shape";
        }

        final String describe() {
            return name() + " area=" + area() + " " + helper();
        }

        private String helper() {
            return "[Shape.helper]";
        }

        static String category() {
            return "Shape.category";
        }
    }

    static class Rect extends Shape {
        final double w;
        final double h;

        Rect(double w, double h) {
            this.w = w;
            this.h = h;
        }

        @Override
        double area() {
            return w * h;
        }

        @Override
        String name() {
            return "rect";
        }

        private String helper() {
            return "[Rect.helper]";
        }

        static String category() {
            return "Rect.category";
        }
    }

    static class Square extends Rect {
        Square(double side) {
            super(side, side);
        }

        @Override
        String name() {
            return "square(" + super.name() + ")";
        }
    }

    static class Circle extends Shape {
        final double r;

        Circle(double r) {
            this.r = r;
        }

        @Override
        double area() {
            return 3.0 * r * r;
        }
    }

    /** The superclass constructor calls an overridden method before the subclass's fields are set. */
    static class Early {
        Early() {
            System.out.println("Early sees " + report());
        }

        String report() {
            return "Early";
        }
    }

    static class Late extends Early {
        String text = "initialised";
        int number = 42;

        Late() {
            super();
            System.out.println("Late sees " + report());
        }

        @Override
        String report() {
            return "Late text=" + text + " number=" + number;
        }
    }

    static class Animal {
        String sound() {
            return "...";
        }

        String speak() {
            return getClass().getSimpleName() + " says " + sound();
        }
    }

    static class Dog extends Animal {
        @Override
        String sound() {
            return "woof";
        }
    }

    static class Puppy extends Dog {
        @Override
        String sound() {
            return super.sound() + "ish";
        }
    }

    static class Cat extends Animal {
        @Override
        String sound() {
            return "meow";
        }
    }

    static String over(Object o) {
        return "Object";
    }

    static String over(String s) {
        return "String";
    }

    static String over(int i) {
        return "int";
    }

    static String over(long l) {
        return "long";
    }

    static String over(Integer i) {
        return "Integer";
    }

    static String over(double d) {
        return "double";
    }

    static class Covariant {
        Object make() {
            return "object";
        }
    }

    static class CovariantChild extends Covariant {
        @Override
        String make() {
            return "string";
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Rect(2, 3), new Square(4), new Circle(1.5), new Rect(0.5, 0.25)};
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s.describe());
            total += s.area();
        }
        System.out.println("total " + total);
        System.out.println(Shape.category() + " " + Rect.category());

        new Late();

        Animal[] zoo = {new Animal(), new Dog(), new Puppy(), new Cat()};
        for (Animal a : zoo) {
            System.out.println(a.speak());
        }

        byte b = 1;
        short sh = 2;
        char c = 'c';
        long l = 3;
        float f = 4f;
        Integer boxed = 5;
        Object obj = "text";
        System.out.println(over(b) + " " + over(sh) + " " + over(c) + " " + over(l) + " " + over(f));
        System.out.println(over(boxed) + " " + over("s") + " " + over(obj) + " " + over((Object) boxed));

        Covariant cov = new CovariantChild();
        System.out.println(cov.make());
        CovariantChild child = new CovariantChild();
        String s = child.make();
        System.out.println(s.length());

        int calls = 0;
        Shape sq = new Square(1);
        for (int i = 0; i < 1000; i++) {
            if (sq.area() == 1.0) {
                calls++;
            }
        }
        System.out.println(calls);
    }
}
