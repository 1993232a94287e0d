package conformance.boxing_caches;

/** Autoboxing and the standard caches (Integer/Short/Byte/Long -128..127, Character 0..127, Boolean constants), unboxing, equality. */
public class Main {
    static Integer boxInt(int v) {
        return v;
    }

    static Long boxLong(long v) {
        return v;
    }

    public static void main(String[] args) {
        int[] probes = {-129, -128, -1, 0, 1, 100, 127, 128, 1000};
        StringBuilder line = new StringBuilder("Integer");
        for (int p : probes) {
            line.append(' ').append(p).append(boxInt(p) == boxInt(p) ? ":same" : ":new");
        }
        System.out.println(line);
        line = new StringBuilder("Long");
        for (int p : probes) {
            line.append(' ').append(p).append(boxLong(p) == boxLong(p) ? ":same" : ":new");
        }
        System.out.println(line);
        line = new StringBuilder("Short");
        for (int p : probes) {
            Short a = (short) p;
            Short b = (short) p;
            line.append(' ').append(p).append(a == b ? ":same" : ":new");
        }
        System.out.println(line);
        line = new StringBuilder("Byte");
        for (int p = -128; p < 128; p += 51) {
            Byte a = (byte) p;
            Byte b = (byte) p;
            line.append(' ').append(p).append(a == b ? ":same" : ":new");
        }
        System.out.println(line);
        line = new StringBuilder("Character");
        for (int p : new int[] {0, 65, 127, 128, 200, 1000}) {
            Character a = (char) p;
            Character b = (char) p;
            line.append(' ').append(p).append(a == b ? ":same" : ":new");
        }
        System.out.println(line);
        Boolean t1 = true;
        Boolean t2 = Boolean.valueOf("TRUE");
        Boolean f1 = Boolean.valueOf(false);
        System.out.println("Boolean " + (t1 == t2) + " " + (t1 == Boolean.TRUE) + " " + (f1 == Boolean.FALSE) + " " + Boolean.parseBoolean("yes"));

        System.out.println("valueOf same " + (Integer.valueOf(55) == Integer.valueOf(55)) + " " + (Integer.valueOf(555) == Integer.valueOf(555)));
        Integer big1 = 5000;
        Integer big2 = 5000;
        System.out.println("equals " + big1.equals(big2) + " == " + (big1 == big2) + " unboxed == " + (big1.intValue() == big2));
        Long l1 = 5L;
        Integer i1 = 5;
        System.out.println("cross-type equals " + l1.equals(i1) + " " + l1.equals(5L) + " " + i1.equals(5));
        Double d1 = 0.0;
        Double d2 = -0.0;
        Double nan1 = Double.NaN;
        Double nan2 = 0.0 / 0.0;
        System.out.println("Double equals " + d1.equals(d2) + " " + (d1.doubleValue() == d2) + " " + nan1.equals(nan2) + " " + (nan1.doubleValue() == nan2));
        Float fl = 1.5f;
        System.out.println("Float " + fl + " " + fl.equals(1.5f) + " " + fl.equals(1.5));

        Integer counter = 0;
        for (int i = 0; i < 300; i++) {
            counter++;
        }
        System.out.println("counter " + counter);
        Integer sum = 0;
        Object[] mixed = {1, 2L, 3.5, 4.5f, (short) 5, (byte) 6, 'x', true, "str"};
        for (Object o : mixed) {
            if (o instanceof Integer) {
                sum += (Integer) o;
            }
            System.out.print(o.getClass().getSimpleName() + "=" + o + " ");
        }
        System.out.println();
        long total = 0;
        for (Object o : mixed) {
            if (o instanceof Number) {
                total += ((Number) o).longValue();
                System.out.print(((Number) o).intValue() + "/" + ((Number) o).doubleValue() + " ");
            }
        }
        System.out.println(total + " " + sum);

        System.out.println("hashCodes " + Integer.valueOf(-7).hashCode() + " " + Long.valueOf(-7L).hashCode() + " "
                + Long.valueOf(1L << 40).hashCode() + " " + Double.valueOf(1.5).hashCode() + " " + Float.valueOf(1.5f).hashCode() + " "
                + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode() + " " + Character.valueOf('a').hashCode() + " "
                + Short.valueOf((short) -2).hashCode() + " " + Byte.valueOf((byte) -3).hashCode());
        System.out.println("compareTo " + Integer.valueOf(3).compareTo(7) + " " + Long.valueOf(9).compareTo(2L) + " "
                + Double.valueOf(Double.NaN).compareTo(1.0) + " " + Double.valueOf(-0.0).compareTo(0.0) + " " + Character.valueOf('b').compareTo('a')
                + " " + Boolean.TRUE.compareTo(false));
        System.out.println("compare " + Integer.compare(-5, 5) + " " + Long.compare(5, 5) + " " + Double.compare(0.0, -0.0)
                + " " + Float.compare(Float.NaN, Float.POSITIVE_INFINITY) + " " + Character.compare('a', 'z') + " " + Boolean.compare(true, false));
        System.out.println("min max " + Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " " + Long.MIN_VALUE + " " + Long.MAX_VALUE + " "
                + Short.MIN_VALUE + " " + Short.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Byte.MAX_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println("sum max " + Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Long.min(-3, 4) + " " + Double.max(1.5, -2));
        System.out.println("toString " + Integer.toString(255) + " " + Long.toString(-255L) + " " + Double.toString(2.5) + " " + Boolean.toString(false) + " " + Character.toString('k'));

        Integer nullBox = null;
        try {
            int unboxed = nullBox;
            System.out.println("unboxed " + unboxed);
        } catch (NullPointerException e) {
            System.out.println("unboxing null: NullPointerException");
        }
        Integer a = 10;
        Integer b = 20;
        Integer c = a * b + a;
        System.out.println("arith " + c + " " + (a < b) + " " + (c > 200 ? "big" : "small"));
        Character ch = 'a';
        ch++;
        System.out.println("char box " + ch + " " + (ch + 1) + " " + (char) (ch + 1));
    }
}
