package conformance.functional_interfaces;

import java.util.ArrayList;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/** java.util.function: the interfaces, their default combinators and static helpers, used through a tiny stream-free pipeline. */
public class Main {
    static <T, R> ArrayList<R> map(ArrayList<T> items, Function<? super T, ? extends R> f) {
        ArrayList<R> out = new ArrayList<>();
        for (T t : items) {
            out.add(f.apply(t));
        }
        return out;
    }

    static <T> ArrayList<T> filter(ArrayList<T> items, Predicate<? super T> p) {
        ArrayList<T> out = new ArrayList<>();
        for (T t : items) {
            if (p.test(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static <T> T reduce(ArrayList<T> items, T identity, BinaryOperator<T> op) {
        T acc = identity;
        for (T t : items) {
            acc = op.apply(acc, t);
        }
        return acc;
    }

    static <T> ArrayList<T> generate(int n, Supplier<T> supplier) {
        ArrayList<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(supplier.get());
        }
        return out;
    }

    public static void main(String[] args) {
        int[] counter = {0};
        ArrayList<Integer> numbers = generate(12, () -> ++counter[0]);
        System.out.println(numbers);
        Predicate<Integer> even = n -> n % 2 == 0;
        Predicate<Integer> big = n -> n > 6;
        System.out.println(filter(numbers, even) + " " + filter(numbers, even.negate()) + " " + filter(numbers, even.and(big)) + " " + filter(numbers, even.or(big)));
        System.out.println(filter(numbers, Predicate.isEqual(5)) + " " + filter(numbers, Predicate.not(big)));
        Function<Integer, Integer> plusOne = n -> n + 1;
        Function<Integer, Integer> timesTwo = n -> n * 2;
        System.out.println(map(numbers, plusOne.andThen(timesTwo)) + " " + map(numbers, plusOne.compose(timesTwo)));
        System.out.println(map(numbers, Function.<Integer>identity()).equals(numbers));
        System.out.println(reduce(numbers, 0, Integer::sum) + " " + reduce(numbers, 1, (a, b) -> a * b) + " " + reduce(numbers, Integer.MIN_VALUE, BinaryOperator.maxBy(Integer::compare))
                + " " + reduce(numbers, Integer.MAX_VALUE, BinaryOperator.minBy((a, b) -> a - b)));
        UnaryOperator<String> shout = s -> s.toUpperCase() + "!";
        System.out.println(shout.apply("hey") + " " + UnaryOperator.<String>identity().apply("same"));
        BiFunction<String, Integer, String> repeat = String::repeat;
        System.out.println(repeat.andThen(String::length).apply("ab", 4) + " " + repeat.apply("-", 5));
        StringBuilder log = new StringBuilder();
        Consumer<String> first = s -> log.append("first:").append(s).append(' ');
        Consumer<String> second = s -> log.append("second:").append(s.length()).append(' ');
        first.andThen(second).accept("abc");
        System.out.println(log.toString().trim());
        BiConsumer<String, Integer> put = (k, v) -> log.append(k).append('=').append(v).append(';');
        log.setLength(0);
        put.andThen((k, v) -> log.append("then ")).accept("x", 1);
        System.out.println(log);
        BiPredicate<String, Integer> longerThan = (s, n) -> s.length() > n;
        System.out.println(longerThan.test("abc", 2) + " " + longerThan.negate().test("abc", 2) + " " + longerThan.and((s, n) -> n > 5).test("abcdefg", 3) + " " + longerThan.or((s, n) -> n < 0).test("", -1));

        IntUnaryOperator inc = x -> x + 1;
        IntUnaryOperator sq = x -> x * x;
        System.out.println(inc.andThen(sq).applyAsInt(4) + " " + inc.compose(sq).applyAsInt(4) + " " + IntUnaryOperator.identity().applyAsInt(9));
        IntPredicate positive = x -> x > 0;
        System.out.println(positive.test(3) + " " + positive.negate().test(3) + " " + positive.and(x -> x < 10).test(30) + " " + positive.or(x -> x == -5).test(-5));
        IntSupplier seven = () -> 7;
        LongSupplier bigLong = () -> 1L << 50;
        BooleanSupplier yes = () -> true;
        System.out.println(seven.getAsInt() + " " + bigLong.getAsLong() + " " + yes.getAsBoolean());
        IntConsumer printer = x -> System.out.print("[" + x + "]");
        printer.andThen(x -> System.out.println("<" + x + ">")).accept(42);
        LongBinaryOperator mulMod = (a, b) -> a * b % 1000000007L;
        long power = 1;
        for (int i = 0; i < 64; i++) {
            power = mulMod.applyAsLong(power, 3);
        }
        System.out.println("3^64 mod p = " + power);
        DoubleUnaryOperator half = d -> d / 2;
        DoubleBinaryOperator hyp = (a, b) -> Math.sqrt(a * a + b * b);
        System.out.println(half.andThen(d -> d + 1).applyAsDouble(5) + " " + hyp.applyAsDouble(5, 12));
        ToIntFunction<String> len = String::length;
        ToLongFunction<Integer> cube = n -> (long) n * n * n;
        ToDoubleFunction<Integer> inverse = n -> 1.0 / n;
        System.out.println(len.applyAsInt("four") + " " + cube.applyAsLong(2000) + " " + inverse.applyAsDouble(8));

        ArrayList<Function<Double, Double>> pipeline = new ArrayList<>();
        pipeline.add(x -> x + 3);
        pipeline.add(x -> x * x);
        pipeline.add(Math::sqrt);
        pipeline.add(x -> -x);
        Function<Double, Double> all = Function.identity();
        for (Function<Double, Double> step : pipeline) {
            all = all.andThen(step);
        }
        System.out.println(all.apply(1.5));
    }
}
