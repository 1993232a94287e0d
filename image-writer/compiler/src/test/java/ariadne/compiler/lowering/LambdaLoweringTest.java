package ariadne.compiler.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LambdaLoweringTest {
    @Test
    void capturesEveryPrimitiveTypeAndReferences() throws Exception {
        String out = DifferentialCheck.agree("""
                package t;
                import java.util.function.*;
                public class Main {
                    String name = "main";
                    Supplier<String> all(boolean z, byte b, char c, short s, int i, long j, float f, double d, String r) {
                        return () -> name + z + b + c + s + i + j + f + d + r;
                    }
                    public static void main(String[] args) {
                        System.out.println(new Main().all(true, (byte) -7, 'q', (short) 300, -5, 1L << 40, 1.5f,
                                Math.PI, null).get());
                        long big = Long.MIN_VALUE;
                        double nan = Double.NaN;
                        LongSupplier l = () -> big + 1;
                        DoubleSupplier n = () -> nan;
                        System.out.println(l.getAsLong() + " " + n.getAsDouble());
                        Runnable none = () -> System.out.println("no captures");
                        none.run();
                    }
                }
                """);
        assertEquals("maintrue-7q300-510995116277761.53.141592653589793null\n-9223372036854775807 NaN\n"
                + "no captures\n", out);
    }

    @Test
    void adaptsBoxingUnboxingWideningAndVoid() throws Exception {
        DifferentialCheck.agree("""
                package t;
                import java.util.*;
                import java.util.function.*;
                public class Main {
                    static int twice(int x) { return 2 * x; }
                    static long widen(long x) { return x; }
                    static char letter() { return 'k'; }
                    static double half(double x) { return x / 2; }
                    public static void main(String[] args) {
                        Function<Integer, Integer> inc = x -> x + 1;
                        Function<Integer, Long> toLong = Long::valueOf;
                        ToLongFunction<Integer> intAsLong = Integer::intValue;
                        ToDoubleFunction<Integer> intAsDouble = Main::twice;
                        IntFunction<Integer> boxed = Integer::valueOf;
                        Function<Integer, Object> boxedUp = Main::twice;
                        Supplier<Object> charBoxed = Main::letter;
                        IntSupplier charWidened = Main::letter;
                        LongUnaryOperator intToLong = Main::widen;
                        DoubleUnaryOperator half = Main::half;
                        IntToDoubleFunction intToDouble = Main::half;
                        ToIntFunction<Character> charValue = Character::charValue;
                        BiFunction<String, Integer, Character> charAt = String::charAt;
                        Comparator<Integer> cmp = Integer::compare;
                        Consumer<String> discard = String::length;
                        Predicate<String> empty = String::isEmpty;
                        Function<Short, Integer> shortToInt = Main::twice;
                        BinaryOperator<Double> max = Math::max;
                        ToIntFunction<Character> charToInt = Main::twice;
                        ToLongFunction<Character> charToLong = Main::widen;
                        Function<Byte, Long> byteToBoxedLong = Main::widen;
                        IntFunction<Long> intToBoxedLong = Main::widen;
                        Function<Boolean, Boolean> negate = b -> !b;
                        discard.accept("x");
                        System.out.println(inc.apply(41) + " " + toLong.apply(7) + " " + intAsLong.applyAsLong(9)
                                + " " + intAsDouble.applyAsDouble(4) + " " + boxed.apply(3) + " " + boxedUp.apply(5)
                                + " " + charBoxed.get() + " " + charWidened.getAsInt() + " " + intToLong.applyAsLong(-1)
                                + " " + half.applyAsDouble(3) + " " + intToDouble.applyAsDouble(5)
                                + " " + charValue.applyAsInt('A') + " " + charAt.apply("hello", 1)
                                + " " + cmp.compare(3, 9) + " " + empty.test("") + " " + shortToInt.apply((short) 21)
                                + " " + max.apply(2.5, -1.0) + " " + charToInt.applyAsInt('a') + " " + charToLong.applyAsLong('b')
                                + " " + byteToBoxedLong.apply((byte) -2) + " " + intToBoxedLong.apply(-3)
                                + " " + negate.apply(false));
                        try {
                            Function<Object, Integer> raw = (Function) inc;
                            raw.apply("not an integer");
                        } catch (ClassCastException e) {
                            System.out.println("ClassCastException");
                        }
                        try {
                            inc.apply(null);
                        } catch (NullPointerException e) {
                            System.out.println("NullPointerException");
                        }
                    }
                }
                """);
    }

    @Test
    void methodReferencesOfEveryKind() throws Exception {
        DifferentialCheck.agree("""
                package t;
                import java.util.*;
                import java.util.function.*;
                public class Main extends Base {
                    private final String tag;
                    Main(String tag) { this.tag = tag; }
                    private String secret(int n) { return tag + "#" + n; }
                    private static String hidden(String s) { return "hidden " + s; }
                    @Override public String toString() { return "Main(" + tag + ")"; }
                    class Inner { final int k; Inner(int k) { this.k = k; } public String toString() { return tag + ".Inner" + k; } }
                    void run() {
                        IntFunction<String> bound = this::secret;
                        Function<String, String> staticPrivate = Main::hidden;
                        Supplier<String> superRef = super::toString;
                        IntFunction<Inner> innerNew = Inner::new;
                        System.out.println(bound.apply(3) + " " + staticPrivate.apply("x") + " " + superRef.get()
                                + " " + innerNew.apply(8));
                    }
                    public static void main(String[] args) {
                        String hello = "hello";
                        Function<String, String> boundVirtual = hello::concat;
                        Function<String, Integer> unboundVirtual = String::length;
                        ToIntFunction<List<String>> unboundInterface = List::size;
                        Function<List<String>, Iterator<String>> interfaceDefault = Collection::iterator;
                        Supplier<List<String>> ctor = ArrayList::new;
                        Function<String, StringBuilder> ctorArg = StringBuilder::new;
                        IntFunction<int[]> intArray = int[]::new;
                        IntFunction<String[][]> nested = String[][]::new;
                        BiFunction<Integer, Integer, Integer> staticInterface = Objects::hash;
                        Function<String, Main> own = Main::new;
                        List<String> list = ctor.get();
                        list.add("a");
                        System.out.println(boundVirtual.apply(" world") + " " + unboundVirtual.apply("four")
                                + " " + unboundInterface.applyAsInt(list) + " " + interfaceDefault.apply(list).next()
                                + " " + ctorArg.apply("sb").reverse() + " " + intArray.apply(4).length
                                + " " + nested.apply(2).length + " " + staticInterface.apply(1, 2) + " " + own.apply("m"));
                        new Main("r").run();
                        try {
                            Function<String, String> nullReceiver = ((String) null)::concat;
                        } catch (NullPointerException e) {
                            System.out.println("null receiver");
                        }
                    }
                }
                class Base { public String toString() { return "Base"; } }
                """);
    }

    @Test
    void genericInterfacesGetBridges() throws Exception {
        String out = DifferentialCheck.agree("""
                package t;
                public class Main {
                    interface Source<T> { T get(); }
                    interface Text extends Source<String> { String get(); }
                    interface Mapper<A, B> { B map(A a); }
                    interface IntMapper extends Mapper<Integer, Integer> { Integer map(Integer a); }
                    public static void main(String[] args) {
                        Text text = () -> "bridged";
                        Source<String> source = text;
                        IntMapper square = x -> x * x;
                        Mapper<Integer, Integer> mapper = square;
                        System.out.println(source.get() + " " + text.get() + " " + mapper.map(7) + " " + square.map(3));
                    }
                }
                """);
        assertEquals("bridged bridged 49 9\n", out);
    }

    @Test
    void serializableAndMarkerLambdasImplementTheirInterfaces() throws Exception {
        String out = DifferentialCheck.agree("""
                package t;
                import java.io.Serializable;
                import java.util.function.*;
                public class Main {
                    interface Marker { }
                    interface SerialSupplier extends Supplier<String>, Serializable { }
                    public static void main(String[] args) {
                        int n = 4;
                        Runnable serial = (Runnable & Serializable) () -> System.out.println("serial " + n);
                        Supplier<String> marked = (Supplier<String> & Marker) () -> "marked";
                        SerialSupplier both = () -> "both";
                        serial.run();
                        System.out.println((serial instanceof Serializable) + " " + (marked instanceof Marker) + " "
                                + marked.get() + " " + (both instanceof Serializable) + " " + both.get());
                    }
                }
                """);
        assertEquals("serial 4\ntrue true marked true both\n", out);
    }

    @Test
    void lambdasInNestedClassesAndInterfaceMethods() throws Exception {
        DifferentialCheck.agree("""
                package t;
                import java.util.function.*;
                public class Main {
                    private int count = 10;
                    interface Greeter {
                        String name();
                        default Supplier<String> greeting() { return () -> "hi " + name(); }
                        static Supplier<String> anonymous() { return () -> "hi nobody"; }
                    }
                    private String describe() { return "count " + count; }
                    private static String shout(String s) { return s + "!"; }
                    class Counter {
                        IntSupplier next() { return () -> ++count; }
                        Supplier<String> outerPrivate() { return Main.this::describe; }
                        Function<Main, String> outerPrivateUnbound() { return Main::describe; }
                        UnaryOperator<String> outerPrivateStatic() { return Main::shout; }
                    }
                    static class Nested { static Supplier<String> make(String s) { return () -> s + s; } }
                    public static void main(String[] args) {
                        Greeter g = () -> "ann";
                        Counter c = new Main().new Counter();
                        IntSupplier next = c.next();
                        next.getAsInt();
                        System.out.println(g.greeting().get() + " " + Greeter.anonymous().get() + " " + next.getAsInt()
                                + " " + Nested.make("ab").get() + " " + c.outerPrivate().get() + " "
                                + c.outerPrivateUnbound().apply(new Main()) + " " + c.outerPrivateStatic().apply("hey"));
                        Runnable anon = new Runnable() {
                            public void run() { Supplier<String> s = () -> "in anonymous"; System.out.println(s.get()); }
                        };
                        anon.run();
                    }
                }
                """);
    }

    @Test
    void nonCapturingLambdasAreSharedInstancesAsOnHotSpot() throws Exception {
        String out = DifferentialCheck.agree("""
                package t;
                import java.util.function.*;
                public class Main {
                    public static void main(String[] args) {
                        Object[] same = new Object[2];
                        Object[] fresh = new Object[2];
                        for (int i = 0; i < 2; i++) {
                            int n = i;
                            same[i] = (Runnable) () -> { };
                            fresh[i] = (IntSupplier) () -> n;
                        }
                        System.out.println((same[0] == same[1]) + " " + (fresh[0] == fresh[1]));
                    }
                }
                """);
        assertEquals("true false\n", out);
    }
}
