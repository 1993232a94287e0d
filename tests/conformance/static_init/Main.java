package conformance.static_init;

/**
 * Class initialisation in Java's order: on first active use only, superclass before subclass,
 * static initialisers and field initialisers in text order, constants inlined without initialising,
 * interfaces not initialised by their implementors, failures wrapped in ExceptionInInitializerError.
 */
public class Main {
    static final StringBuilder LOG = new StringBuilder();

    static void log(String event) {
        LOG.append(event).append(' ');
        System.out.println("  init: " + event);
    }

    static class Parent {
        static int parentValue = compute("Parent.parentValue", 10);

        static {
            log("Parent.static");
        }

        Parent() {
            log("Parent()");
        }

        static int compute(String what, int v) {
            log(what);
            return v;
        }
    }

    static class Child extends Parent {
        static final int CONSTANT = 99;
        static final String CONSTANT_TEXT = "constant";
        static final Integer NOT_CONSTANT = compute("Child.NOT_CONSTANT", 5);
        static int childValue;

        static {
            log("Child.static");
            childValue = parentValue * 2;
        }

        Child() {
            super();
            log("Child()");
        }

        static void touch() {
            log("Child.touch()");
        }
    }

    interface Config {
        int LIMIT = Parent.compute("Config.LIMIT", 64);

        default int limit() {
            return LIMIT;
        }
    }

    static class Service implements Config {
        static {
            log("Service.static");
        }
    }

    static class Order {
        static int a = next("a");
        static int b;
        static int c = next("c");

        static {
            b = next("b-in-block");
        }

        static int d = a + b + c;
        static int counter;

        static int next(String name) {
            counter++;
            log("Order." + name + "=" + counter);
            return counter;
        }
    }

    static class Broken {
        static int value = explode();

        static int explode() {
            log("Broken.explode");
            if (LOG.length() > 0) {
                throw new IllegalStateException("cannot initialise");
            }
            return 1;
        }
    }

    static class Lazy {
        static {
            log("Lazy.static");
        }

        static class Holder {
            static final Lazy INSTANCE = new Lazy();

            static {
                log("Lazy.Holder.static");
            }
        }
    }

    static class SelfReferencing {
        static final SelfReferencing FIRST = new SelfReferencing();
        static int count = 5;
        final int seenCount;

        SelfReferencing() {
            seenCount = count;
        }
    }

    static {
        System.out.println("Main.static");
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("constant " + Child.CONSTANT + " " + Child.CONSTANT_TEXT);
        System.out.println("Child.childValue = " + Child.childValue);
        System.out.println("again " + Child.childValue + " " + Child.NOT_CONSTANT);
        new Child();
        Child.touch();
        Service s = new Service();
        System.out.println("service created");
        System.out.println("limit " + s.limit());
        System.out.println("Order.d = " + Order.d + " counter=" + Order.counter);
        Lazy[] noInit = new Lazy[3];
        System.out.println("array of Lazy made: " + noInit.length);
        System.out.println("holder " + (Lazy.Holder.INSTANCE != null));
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                System.out.println(Broken.value);
            } catch (ExceptionInInitializerError e) {
                System.out.println("ExceptionInInitializerError caused by " + e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
            } catch (NoClassDefFoundError e) {
                System.out.println("NoClassDefFoundError on second use");
            }
        }
        System.out.println("self-referencing " + SelfReferencing.FIRST.seenCount + " " + SelfReferencing.count);
        System.out.println(LOG.toString().trim());
    }
}
