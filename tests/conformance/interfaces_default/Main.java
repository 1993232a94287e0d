package conformance.interfaces_default;

/** invokeinterface, default methods, I.super.m(), static interface methods, constants, many implementors. */
public class Main {
    interface Named {
        String NAMELESS = "nameless";

        String name();

        default String greet() {
            return "hello " + name();
        }

        static Named of(String n) {
            return new Named() {
                @Override
                public String name() {
                    return n;
                }
            };
        }
    }

    interface Loud extends Named {
        @Override
        default String greet() {
            return Named.super.greet().toUpperCase() + "!";
        }
    }

    interface Polite {
        default String greet() {
            return "good day";
        }
    }

    static class Person implements Named {
        private final String n;

        Person(String n) {
            this.n = n;
        }

        @Override
        public String name() {
            return n;
        }
    }

    static class Shouter extends Person implements Loud {
        Shouter(String n) {
            super(n);
        }
    }

    static class Diplomat implements Named, Polite {
        @Override
        public String name() {
            return "diplomat";
        }

        @Override
        public String greet() {
            return Polite.super.greet() + ", says " + Named.super.greet();
        }
    }

    interface Counter {
        int next();

        default int skip(int n) {
            int last = 0;
            for (int i = 0; i < n; i++) {
                last = next();
            }
            return last;
        }
    }

    interface Resettable {
        void reset();
    }

    interface Sized {
        int size();
    }

    static class Steps implements Counter, Resettable, Sized {
        private int value;
        private final int step;

        Steps(int step) {
            this.step = step;
        }

        @Override
        public int next() {
            value += step;
            return value;
        }

        @Override
        public void reset() {
            value = 0;
        }

        @Override
        public int size() {
            return value / step;
        }
    }

    static class Squares implements Sized, Counter {
        private int i;

        @Override
        public int next() {
            i++;
            return i * i;
        }

        @Override
        public int skip(int n) {
            i += n - 1;
            return next();
        }

        @Override
        public int size() {
            return i;
        }
    }

    /** Many unrelated classes implementing the same interfaces in different orders. */
    interface A { int a(); }
    interface B { int b(); }
    interface C { int c(); }
    interface D extends A, B { default int d() { return a() * 100 + b(); } }

    static class X implements A, B, C { public int a() { return 1; } public int b() { return 2; } public int c() { return 3; } }
    static class Y implements C, B, A { public int a() { return 10; } public int b() { return 20; } public int c() { return 30; } }
    static class Z implements D, C { public int a() { return 7; } public int b() { return 8; } public int c() { return 9; } }
    static class W extends Z { public int b() { return 88; } public int d() { return -1; } }

    public static void main(String[] args) {
        Named[] all = {new Person("ann"), new Shouter("bob"), new Diplomat(), Named.of("anonymous")};
        for (Named n : all) {
            System.out.println(n.name() + ": " + n.greet());
        }
        System.out.println(Named.NAMELESS);

        Counter steps = new Steps(3);
        System.out.println(steps.next());
        System.out.println(steps.skip(4));
        System.out.println(((Sized) steps).size());
        ((Resettable) steps).reset();
        System.out.println(steps.next());
        Counter squares = new Squares();
        System.out.println(squares.skip(5));
        System.out.println(squares.next());
        Sized[] sized = {(Sized) steps, (Sized) squares};
        for (Sized s : sized) {
            System.out.println(s.size());
        }

        Object[] objs = {new X(), new Y(), new Z(), new W()};
        int sum = 0;
        for (Object o : objs) {
            StringBuilder line = new StringBuilder(o.getClass().getSimpleName());
            if (o instanceof A) {
                line.append(" a=").append(((A) o).a());
                sum += ((A) o).a();
            }
            if (o instanceof B) {
                line.append(" b=").append(((B) o).b());
                sum += ((B) o).b();
            }
            if (o instanceof C) {
                line.append(" c=").append(((C) o).c());
                sum += ((C) o).c();
            }
            if (o instanceof D) {
                line.append(" d=").append(((D) o).d());
            }
            System.out.println(line);
        }
        System.out.println(sum);

        Runnable r = new Runnable() {
            int runs;

            @Override
            public void run() {
                runs++;
                System.out.println("run " + runs);
            }
        };
        r.run();
        r.run();
        Comparable<String> cmp = "m";
        System.out.println(cmp.compareTo("a") > 0);
        CharSequence cs = "sequence";
        System.out.println(cs.length() + " " + cs.charAt(2) + " " + cs.subSequence(1, 4));
    }
}
