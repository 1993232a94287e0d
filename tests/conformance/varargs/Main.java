package conformance.varargs;

/** Varargs: zero, one and many arguments, explicit arrays, null, primitives, overload resolution. */
public class Main {
    static int count(Object... items) {
        return items == null ? -1 : items.length;
    }

    static int sum(int... values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    static String join(String separator, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(parts[i]);
        }
        return sb.toString();
    }

    static String which(int a) {
        return "fixed(int)";
    }

    static String which(int... a) {
        return "varargs(int...) " + a.length;
    }

    static String which(long a, long b) {
        return "fixed(long,long)";
    }

    static String describe(Object... items) {
        StringBuilder sb = new StringBuilder("[");
        for (Object o : items) {
            sb.append(o == null ? "null" : o.getClass().getSimpleName() + ":" + o).append(' ');
        }
        return sb.append(']').toString();
    }

    static double average(double first, double... rest) {
        double total = first;
        for (double d : rest) {
            total += d;
        }
        return total / (1 + rest.length);
    }

    static <T> T last(T... items) {
        return items[items.length - 1];
    }

    static long product(long... values) {
        long p = 1;
        for (long v : values) {
            p *= v;
        }
        return p;
    }

    public static void main(String[] args) {
        System.out.println(count() + " " + count("a") + " " + count("a", "b", 3));
        System.out.println(count((Object[]) null) + " " + count((Object) null) + " " + count(null, null));
        System.out.println(count(new Object[] {1, 2, 3, 4}) + " " + count((Object) new Object[] {1, 2, 3, 4}));
        System.out.println(count(new String[] {"x", "y"}) + " " + count(new int[] {1, 2, 3}));
        System.out.println(sum() + " " + sum(5) + " " + sum(1, 2, 3, 4, 5, 6, 7, 8, 9, 10) + " " + sum(new int[] {100, 200}));
        System.out.println(join(", ") + "|" + join(", ", "solo") + "|" + join(", ", "a", "b", "c"));
        System.out.println(which(1) + " / " + which() + " / " + which(1, 2) + " / " + which(1, 2, 3));
        System.out.println(describe(1, 2L, 3.0f, 4.0, 'c', true, "s", null, (byte) 1, (short) 2));
        System.out.println(average(4) + " " + average(1, 2, 3, 4));
        System.out.println(last("x", "y", "z") + " " + last(1, 2, 3) + " " + last(2.5));
        System.out.println(product(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20));
        int total = 0;
        for (int i = 0; i < 100; i++) {
            total += sum(i, i, i);
        }
        System.out.println(total);
    }
}
