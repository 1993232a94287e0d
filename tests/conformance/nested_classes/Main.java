package conformance.nested_classes;

import java.util.Iterator;

/** Inner classes (Outer.this, inner of inner), anonymous and local classes capturing state, static nested classes, private nest access. */
public class Main {
    private int secret = 42;
    private final String label;

    Main(String label) {
        this.label = label;
    }

    private static String privateStatic() {
        return "private static";
    }

    class Inner {
        private int own = 1;

        int reveal() {
            return secret + own;
        }

        class Deeper {
            String describe() {
                return label + "/" + own + "/" + secret + "/" + Main.this.label;
            }
        }

        void bump() {
            secret++;
            own += 10;
        }
    }

    static class StaticNested {
        private int hidden = 7;

        String peek(Main m) {
            return "nested sees " + m.secret + " and " + privateStatic();
        }
    }

    class Range implements Iterable<Integer> {
        private final int from;
        private final int to;

        Range(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                private int next = from;

                @Override
                public boolean hasNext() {
                    return next < to;
                }

                @Override
                public Integer next() {
                    return next++ * secret;
                }
            };
        }
    }

    interface Greeter {
        String greet(String who);
    }

    Greeter localGreeter(String greeting) {
        int times = greeting.length();
        class Local implements Greeter {
            private final String extra;

            Local(String extra) {
                this.extra = extra;
            }

            @Override
            public String greet(String who) {
                return greeting + " " + who + extra + " (" + times + ", " + label + ")";
            }
        }
        return new Local("!");
    }

    static abstract class Template {
        abstract int step(int x);

        int run(int start, int count) {
            int x = start;
            for (int i = 0; i < count; i++) {
                x = step(x);
            }
            return x;
        }
    }

    public static void main(String[] args) {
        Main outer = new Main("outer");
        Main.Inner inner = outer.new Inner();
        System.out.println(inner.reveal());
        inner.bump();
        System.out.println(inner.reveal() + " " + outer.secret + " " + inner.own);
        Main.Inner.Deeper deeper = inner.new Deeper();
        System.out.println(deeper.describe());
        Main other = new Main("other");
        System.out.println(other.new Inner().new Deeper().describe());

        StaticNested nested = new StaticNested();
        System.out.println(nested.peek(outer) + " " + nested.hidden);

        StringBuilder sb = new StringBuilder();
        for (int v : outer.new Range(1, 5)) {
            sb.append(v).append(' ');
        }
        System.out.println(sb);

        System.out.println(outer.localGreeter("Hello").greet("World"));
        System.out.println(other.localGreeter("Hi").greet("you"));

        final int multiplier = 3;
        Template tripler = new Template() {
            @Override
            int step(int x) {
                return x * multiplier;
            }
        };
        Template collatz = new Template() {
            private int calls;

            @Override
            int step(int x) {
                calls++;
                return x % 2 == 0 ? x / 2 : 3 * x + 1;
            }

            @Override
            int run(int start, int count) {
                int result = super.run(start, count);
                return result * 1000 + calls;
            }
        };
        System.out.println(tripler.run(1, 10));
        System.out.println(collatz.run(27, 50));

        class Accumulator {
            long total;

            void add(long v) {
                total += v * multiplier;
            }
        }
        Accumulator acc = new Accumulator();
        for (int i = 1; i <= 100; i++) {
            acc.add(i);
        }
        System.out.println(acc.total);

        Object anon = new Object() {
            @Override
            public String toString() {
                return "anonymous Object subclass";
            }
        };
        System.out.println(anon);
        Runnable[] tasks = new Runnable[3];
        for (int i = 0; i < tasks.length; i++) {
            final int index = i;
            tasks[i] = new Runnable() {
                @Override
                public void run() {
                    System.out.print("task" + index + " ");
                }
            };
        }
        for (Runnable r : tasks) {
            r.run();
        }
        System.out.println();
    }
}
