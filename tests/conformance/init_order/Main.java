package conformance.init_order;

/** Class initialisation order: triggers, cycles, failures that surface later, and constructors seeing default values. */
public class Main {
    static void log(String s) {
        System.out.println("  " + s);
    }

    static class A {
        static { log("A.<clinit> start, B.x=" + B.x); }
        static int x = 1;
        static { log("A.<clinit> end, B.x=" + B.x); }
    }

    static class B {
        static { log("B.<clinit> start, A.x=" + A.x); }
        static int x = 2;
        static { log("B.<clinit> end"); }
    }

    static class Parent {
        static { log("Parent.<clinit>"); }
        static int parentField = 7;

        static String parentMethod() {
            return "parentMethod";
        }

        Parent() {
            log("Parent() calls describe(): " + describe());
        }

        String describe() {
            return "parent";
        }
    }

    static class Child extends Parent {
        static { log("Child.<clinit>"); }
        String name = "child-name";
        final int fixed;
        int counter = 5;

        {
            log("Child instance initialiser, counter=" + counter);
        }

        Child() {
            super();
            fixed = 9;
            log("Child() name=" + name + " fixed=" + fixed);
        }

        @Override
        String describe() {
            return "child name=" + name + " fixed=" + fixed + " counter=" + counter;
        }
    }

    interface WithConstant {
        int CONSTANT = 42;
        Object NOT_CONSTANT = Main.record("WithConstant.NOT_CONSTANT");
    }

    static class Implementor implements WithConstant {
        static { log("Implementor.<clinit>"); }
    }

    static Object record(String s) {
        log("initialising " + s);
        return s;
    }

    static class FailsWithError {
        static final int VALUE;

        static {
            log("FailsWithError.<clinit>");
            if (Main.class != null) {
                throw new StackOverflowError("deliberate error");
            }
            VALUE = 1;
        }
    }

    static class FailsWithRuntime {
        static int value = compute();

        static int compute() {
            log("FailsWithRuntime.compute");
            return Integer.parseInt("x1");
        }
    }

    static class DependsOnFailed extends FailsWithRuntime {
        static { log("DependsOnFailed.<clinit> must not run"); }
        static int own = 3;
    }

    static class Counter {
        static int instances;
        static final Counter FIRST = new Counter("first");
        static final Counter SECOND;
        static { SECOND = new Counter("second"); }
        final String label;

        Counter(String label) {
            instances++;
            this.label = label + "#" + instances;
        }
    }

    static String attempt(Runnable r) {
        try {
            r.run();
            return "ok";
        } catch (Throwable t) {
            Throwable c = t.getCause();
            return t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage())
                    + (c == null ? "" : " <- " + c.getClass().getName() + (c.getMessage() == null ? "" : ": " + c.getMessage()));
        }
    }

    public static void main(String[] args) {
        System.out.println("start");
        System.out.println("A.x=" + A.x);
        System.out.println("B.x=" + B.x);
        System.out.println("Child.parentMethod(): " + Child.parentMethod());
        System.out.println("Child.parentField: " + Child.parentField);
        System.out.println("new Child");
        Child c = new Child();
        System.out.println(c.describe());
        System.out.println("constant " + WithConstant.CONSTANT);
        new Implementor();
        System.out.println("implementor made");
        System.out.println("not constant " + WithConstant.NOT_CONSTANT);
        System.out.println(attempt(() -> System.out.println(FailsWithError.VALUE)));
        System.out.println(attempt(() -> System.out.println(FailsWithError.VALUE)));
        System.out.println(attempt(() -> System.out.println(FailsWithRuntime.value)));
        System.out.println(attempt(() -> System.out.println(DependsOnFailed.own)));
        System.out.println(attempt(() -> System.out.println(FailsWithRuntime.value)));
        System.out.println(attempt(() -> new DependsOnFailed()));
        System.out.println(Counter.FIRST.label + " " + Counter.SECOND.label + " " + Counter.instances);
        Object arr = new FailsWithRuntime[2];
        System.out.println("array of failed class: " + ((Object[]) arr).length);
    }
}
