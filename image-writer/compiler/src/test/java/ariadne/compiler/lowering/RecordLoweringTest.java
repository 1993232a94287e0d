package ariadne.compiler.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RecordLoweringTest {
    @Test
    void primitiveAndReferenceComponentsMatchHotSpot() throws Exception {
        String out = DifferentialCheck.agree("""
                package t;
                import java.util.List;
                public class Main {
                    record All(boolean z, byte b, char c, short s, int i, long j, float f, double d, String r, List<Integer> l) { }
                    record Empty() { }
                    record Generic<T>(T value) { }
                    static void show(Object a, Object b) {
                        System.out.println(a + " " + a.hashCode() + " " + a.equals(b) + " " + a.equals(a) + " "
                                + a.equals(null) + " " + a.equals("text"));
                    }
                    public static void main(String[] args) {
                        All all = new All(true, (byte) -3, 'x', (short) -300, 123456789, -1L << 50, 1.25f, -0.0, "s", List.of(1, 2));
                        show(all, new All(true, (byte) -3, 'x', (short) -300, 123456789, -1L << 50, 1.25f, -0.0, "s", List.of(1, 2)));
                        show(all, new All(true, (byte) -3, 'x', (short) -300, 123456789, -1L << 50, 1.25f, 0.0, "s", List.of(1, 2)));
                        show(all, new All(false, (byte) -3, 'x', (short) -300, 123456789, -1L << 50, 1.25f, -0.0, "s", List.of(1, 2)));
                        show(new All(false, (byte) 0, '\\0', (short) 0, 0, 0, Float.NaN, Double.NaN, null, null),
                             new All(false, (byte) 0, '\\0', (short) 0, 0, 0, Float.NaN, Double.NaN, null, null));
                        show(new All(false, (byte) 0, 'a', (short) 0, 0, 0, 0.0f, 0.0, null, null),
                             new All(false, (byte) 0, 'a', (short) 0, 0, 0, -0.0f, 0.0, null, null));
                        show(new Empty(), new Empty());
                        show(new Generic<>("g"), new Generic<>("g"));
                        show(new Generic<>(7L), new Generic<>(8L));
                        record Local(int x, Empty e) { }
                        show(new Local(1, new Empty()), new Local(1, new Empty()));
                    }
                }
                """);
        assertEquals("Empty[] 0 true true false false", out.lines().filter(l -> l.startsWith("Empty")).findFirst()
                .orElseThrow());
    }

    @Test
    void arrayComponentsPrintAndCompareByIdentity() throws Exception {
        String out = DifferentialCheck.agree("""
                package t;
                public class Main {
                    record Arrays(int[] ints, char[] chars, String[] strings) { }
                    public static void main(String[] args) {
                        int[] ints = {1};
                        char[] chars = {'c'};
                        Arrays a = new Arrays(ints, chars, null);
                        String text = a.toString();
                        System.out.println(text.startsWith("Arrays[ints=[I@") + " " + text.contains(", chars=[C@")
                                + " " + text.endsWith(", strings=null]"));
                        System.out.println(a.equals(new Arrays(ints, chars, null)) + " "
                                + a.equals(new Arrays(new int[] {1}, chars, null)));
                        System.out.println(a.hashCode() == (31 * (31 * System.identityHashCode(ints)
                                + System.identityHashCode(chars))));
                    }
                }
                """);
        assertEquals("true true true\ntrue false\ntrue\n", out);
    }

    @Test
    void componentsAreComparedInHotSpotsOrder() throws Exception {
        DifferentialCheck.agree("""
                package t;
                public class Main {
                    record Noisy(String name) {
                        @Override public boolean equals(Object o) { System.out.println("equals " + name); return true; }
                        @Override public int hashCode() { System.out.println("hash " + name); return name.length(); }
                    }
                    record Pair(Noisy a, Noisy b, Noisy c) { }
                    public static void main(String[] args) {
                        Pair p = new Pair(new Noisy("a"), new Noisy("b"), new Noisy("c"));
                        System.out.println(p.equals(new Pair(new Noisy("x"), new Noisy("y"), new Noisy("z"))));
                        System.out.println(p.hashCode());
                    }
                }
                """);
    }
}
