package conformance.boxing_hashes;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Boxing caches and identity, hash codes of strings and boxed values, equals across box types, unboxing null. */
public class Main {
    @SuppressWarnings({"removal", "deprecation"})
    public static void main(String[] args) {
        Integer a = 127;
        Integer b = 127;
        Integer c = 128;
        Integer d = 128;
        Integer e = -128;
        Integer f = -128;
        Integer g = -129;
        Integer h = -129;
        System.out.println((a == b) + " " + (c == d) + " " + (e == f) + " " + (g == h) + " " + c.equals(d) + " " + (c.intValue() == d));
        Long la = 127L;
        Long lb = 127L;
        Long lc = 128L;
        Long ld = 128L;
        System.out.println((la == lb) + " " + (lc == ld) + " " + la.equals(127) + " " + la.equals(127L) + " " + Long.valueOf(5).equals(Integer.valueOf(5)));
        Character ca = 127;
        Character cb = 127;
        Character cc = 128;
        Character cd = 128;
        System.out.println((ca == cb) + " " + (cc == cd));
        Short sa = -128;
        Short sb = -128;
        Short sc = 200;
        Short sd = 200;
        Byte ba = -1;
        Byte bb = -1;
        System.out.println((sa == sb) + " " + (sc == sd) + " " + (ba == bb) + " " + (Boolean.valueOf(true) == Boolean.TRUE) + " " + (Boolean.valueOf("TRUE") == Boolean.TRUE)
                + " " + Boolean.parseBoolean("yes"));
        Integer boxed = Integer.valueOf(1000);
        int unboxed = boxed;
        Integer reboxed = unboxed;
        System.out.println((boxed == reboxed) + " " + boxed.equals(reboxed) + " " + (Integer.valueOf(50) == Integer.valueOf(50)));
        Double dx = 0.0;
        Double dy = -0.0;
        System.out.println(dx.equals(dy) + " " + (dx.doubleValue() == dy) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + dx.compareTo(dy));

        String[] strings = {"", "a", "ab", "Hello, World!", "polygenelubricants", "\u00e9t\u00e9", "\u4e2d\u6587", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
                "The quick brown fox jumps over the lazy dog", "\u0000", "\uffff\uffff"};
        for (String s : strings) {
            System.out.print(s.hashCode() + " ");
        }
        System.out.println();
        Object[] boxes = {Integer.MIN_VALUE, Integer.MAX_VALUE, -1, Long.MIN_VALUE, Long.MAX_VALUE, -1L, 1L << 32, 0.0, -0.0, Double.NaN, 1.5, Double.MAX_VALUE,
                0.0f, -0.0f, Float.NaN, 3.25f, true, false, 'A', '\uffff', (byte) -128, (short) -32768, (short) 12345};
        for (Object o : boxes) {
            System.out.print(o.hashCode() + " ");
        }
        System.out.println();
        System.out.println(Integer.hashCode(-7) + " " + Long.hashCode(-7L) + " " + Double.hashCode(-7.0) + " " + Float.hashCode(-7f) + " " + Boolean.hashCode(true)
                + " " + Character.hashCode('z') + " " + Short.hashCode((short) -7) + " " + Byte.hashCode((byte) -7));
        System.out.println(Objects.hash(1, "a", null, 2.5) + " " + Objects.hashCode(null) + " " + Arrays.hashCode(new Object[] {1, "a", null})
                + " " + List.of(1, 2, 3).hashCode() + " " + Arrays.asList("x", "y").hashCode() + " " + Objects.hash());
        System.out.println(Integer.compare(3, 7) + " " + Long.signum(-99L) + " " + Character.compare('b', 'a') + " " + Boolean.compare(true, false)
                + " " + Integer.valueOf(3).compareTo(7) + " " + "b".compareTo("a") + " " + Double.compare(0.0, -0.0) + " " + Short.compare((short) 1, (short) -1)
                + " " + Byte.compare((byte) -128, (byte) 127));
        Integer nothing = null;
        try {
            int bad = nothing;
            System.out.println(bad);
        } catch (NullPointerException npe) {
            System.out.println("unboxing null: NullPointerException");
        }
        Object o = 42;
        Number n = 3.5f;
        System.out.println(o.getClass().getName() + " " + n.getClass().getSimpleName() + " " + n.intValue() + " " + n.longValue() + " " + n.doubleValue()
                + " " + ((Object) 'c').getClass().getName() + " " + ((Object) (short) 1).getClass().getName());
        long sum = 0L;
        Long total = 0L;
        for (int i = 0; i < 1000; i++) {
            total += i;
            sum += total;
        }
        System.out.println(total + " " + sum);
        Integer counter = 0;
        counter++;
        counter += 10;
        Character letter = 'a';
        letter++;
        System.out.println(counter + " " + letter + " " + Integer.toString(255, 16) + " " + Integer.parseInt("-ff", 16) + " " + Integer.valueOf("0777".substring(1))
                + " " + Long.parseLong("9223372036854775807") + " " + Integer.MIN_VALUE / Integer.valueOf(-1) + " " + Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16));
        try {
            Integer.parseInt("2147483648");
        } catch (NumberFormatException ex) {
            System.out.println(ex.getMessage());
        }
        try {
            Long.parseLong("");
        } catch (NumberFormatException ex) {
            System.out.println(ex.getMessage());
        }
    }
}
