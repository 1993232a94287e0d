package conformance.inner_capture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** Inner, anonymous and local classes capturing locals, parameters and outer instances; private access between nestmates. */
public class Main {
    private int secret = 7;
    private static int staticSecret = 100;
    private final String name;

    Main(String name) {
        this.name = name;
    }

    private int bump() {
        return ++secret;
    }

    private static String shout(String s) {
        return s.toUpperCase() + "!";
    }

    class Inner {
        int secret = 1000;

        class Deeper {
            String show() {
                return name + " " + Main.this.secret + " " + Inner.this.secret + " " + bump() + " " + secret;
            }
        }

        int outerSecret() {
            return Main.this.secret + secret;
        }
    }

    static class Nested {
        private int hidden = 5;

        int peek(Main m) {
            return m.secret + hidden + staticSecret;
        }
    }

    List<IntSupplier> counters(int start) {
        List<IntSupplier> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final int captured = i * start;
            out.add(new IntSupplier() {
                int calls;

                @Override
                public int getAsInt() {
                    calls++;
                    return captured + calls * 10 + secret;
                }
            });
        }
        return out;
    }

    static Supplier<String> localClass(String prefix, int times) {
        int base = times * 2;
        class Repeater implements Supplier<String> {
            private final String extra;

            Repeater(String extra) {
                this.extra = extra;
            }

            @Override
            public String get() {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < times; i++) {
                    sb.append(prefix);
                }
                return sb + extra + base;
            }
        }
        return new Repeater("#");
    }

    abstract static class Greeter {
        private final String greeting;

        Greeter(String greeting) {
            this.greeting = greeting;
        }

        abstract String target();

        String greet() {
            return greeting + ", " + target();
        }
    }

    static int sumWithLocalRecursion(int n) {
        class Fib {
            int at(int k) {
                return k < 2 ? k : at(k - 1) + at(k - 2);
            }
        }
        Fib f = new Fib();
        int total = 0;
        for (int i = 0; i <= n; i++) {
            total += f.at(i);
        }
        return total;
    }

    public static void main(String[] args) {
        Main m = new Main("outer");
        Main.Inner inner = m.new Inner();
        Main.Inner.Deeper deeper = inner.new Deeper();
        System.out.println(deeper.show());
        System.out.println(deeper.show());
        System.out.println(inner.outerSecret());
        System.out.println(new Nested().peek(m) + " " + new Nested().hidden);
        for (IntSupplier s : m.counters(4)) {
            System.out.print(s.getAsInt() + " " + s.getAsInt() + " ");
        }
        System.out.println();
        System.out.println(localClass("ab", 3).get() + " " + localClass("x", 0).get());
        String who = "world";
        Greeter g = new Greeter("hello") {
            @Override
            String target() {
                return who + " from " + m.name;
            }
        };
        System.out.println(g.greet());
        System.out.println(shout(g.target()));
        System.out.println(sumWithLocalRecursion(15));
        int[] box = {0};
        Runnable inc = () -> box[0] += staticSecret;
        inc.run();
        inc.run();
        System.out.println(box[0]);
        Supplier<Supplier<String>> nestedLambda = () -> () -> who + m.bump();
        System.out.println(nestedLambda.get().get() + " " + m.secret);
        Object anon = new Object() {
            @Override
            public String toString() {
                return "anon sees " + who.length();
            }
        };
        System.out.println(anon);
        System.out.println(anon.getClass().getName() + " " + inner.getClass().getName() + " " + deeper.getClass().getName()
                + " " + localClass("q", 1).getClass().getName() + " " + Nested.class.getSimpleName() + " " + deeper.getClass().getSimpleName());
    }
}
