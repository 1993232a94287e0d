package conformance.lambdas;

import java.util.ArrayList;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/** Lambdas (capturing locals, this, statics; non-capturing) and method references of every kind. */
public class Main {
    static int staticCounter = 100;
    private final String name;

    Main(String name) {
        this.name = name;
    }

    @FunctionalInterface
    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);

        default TriFunction<A, B, C, String> described() {
            return (a, b, c) -> "result:" + apply(a, b, c);
        }
    }

    interface Visitor {
        void visit(int depth, String label);
    }

    static int twice(int x) {
        return x * 2;
    }

    String greet(String other) {
        return name + " greets " + other;
    }

    Supplier<String> nameSupplier() {
        return () -> "I am " + name;
    }

    Supplier<String> greeterOf(String other) {
        return () -> greet(other);
    }

    static void walk(int depth, Visitor v) {
        v.visit(depth, "node" + depth);
        if (depth > 0) {
            walk(depth - 1, v);
        }
    }

    static int apply(IntBinaryOperator op, int a, int b) {
        return op.applyAsInt(a, b);
    }

    public static void main(String[] args) {
        Function<Integer, Integer> square = x -> x * x;
        System.out.println(square.apply(12));

        int base = 7;
        String suffix = "!";
        Function<Integer, String> capture = x -> (x + base) + suffix;
        System.out.println(capture.apply(3));

        Supplier<Integer> readsStatic = () -> staticCounter;
        staticCounter = 200;
        System.out.println(readsStatic.get());

        Main ann = new Main("Ann");
        System.out.println(ann.nameSupplier().get());
        System.out.println(ann.greeterOf("Bob").get());

        Function<Integer, Integer> staticRef = Main::twice;
        Function<String, Integer> unboundRef = String::length;
        Function<String, String> boundRef = ann::greet;
        Supplier<ArrayList<String>> ctorRef = ArrayList::new;
        Function<String, StringBuilder> ctorWithArg = StringBuilder::new;
        IntFunction<int[]> arrayCtor = int[]::new;
        Function<Integer, String[]> stringArrayCtor = String[]::new;
        BiFunction<String, Integer, Character> charAt = String::charAt;
        ToIntFunction<String> parse = Integer::parseInt;
        Function<Object, String> toStr = Object::toString;
        Supplier<String> boundToString = "literal"::toUpperCase;

        System.out.println(staticRef.apply(21));
        System.out.println(unboundRef.apply("method reference"));
        System.out.println(boundRef.apply("Cy"));
        ArrayList<String> list = ctorRef.get();
        list.add("made by ctor ref");
        System.out.println(list);
        System.out.println(ctorWithArg.apply("builder").reverse());
        System.out.println(arrayCtor.apply(5).length);
        System.out.println(stringArrayCtor.apply(3).length);
        System.out.println(charAt.apply("abcdef", 4));
        System.out.println(parse.applyAsInt("-4567") + 1);
        System.out.println(toStr.apply(3.25));
        System.out.println(boundToString.get());

        System.out.println(apply((a, b) -> a * b + 1, 6, 7));
        System.out.println(apply(Math::max, 6, 7));
        System.out.println(apply(Integer::sum, 6, 7));

        TriFunction<Integer, Integer, Integer, Integer> sum3 = (a, b, c) -> a + b + c;
        System.out.println(sum3.apply(1, 2, 3));
        System.out.println(sum3.described().apply(4, 5, 6));

        StringBuilder trace = new StringBuilder();
        walk(3, (depth, label) -> trace.append(label).append('@').append(depth).append(' '));
        System.out.println(trace);

        Runnable[] runnables = new Runnable[4];
        for (int i = 0; i < runnables.length; i++) {
            final int captured = i * i;
            runnables[i] = () -> System.out.print(captured + " ");
        }
        for (Runnable r : runnables) {
            r.run();
        }
        System.out.println();

        Function<Integer, Function<Integer, Integer>> adder = a -> b -> a + b;
        System.out.println(adder.apply(10).apply(5));

        Supplier<Supplier<String>> nested = () -> () -> "deep";
        System.out.println(nested.get().get());

        long bigCapture = 1L << 40;
        double dCapture = 0.5;
        char cCapture = 'z';
        boolean zCapture = true;
        Supplier<String> mixed = () -> bigCapture + " " + dCapture + " " + cCapture + " " + zCapture;
        System.out.println(mixed.get());

        Function<Integer, Integer> composed = square.andThen(x -> x + 1).compose(x -> x * 3);
        System.out.println(composed.apply(2));

        Comparable<String> lambdaComparable = other -> other.length() - 3;
        System.out.println(lambdaComparable.compareTo("hello"));

        int[] counter = {0};
        Runnable increment = () -> counter[0]++;
        for (int i = 0; i < 10; i++) {
            increment.run();
        }
        System.out.println(counter[0]);
        Object asObject = square;
        System.out.println(asObject instanceof Function);
    }
}
