package conformance.arrays_lib;

import java.util.Arrays;
import java.util.Comparator;

/** java.util.Arrays: sort (every primitive type, ranges, objects, comparators, stability), fill, copyOf, copyOfRange, equals, hashCode, toString. */
public class Main {
    static final class Person {
        final String name;
        final int age;

        Person(String name, int age) {
            this.name = name;
            this.age = age;
        }

        @Override
        public String toString() {
            return name + ":" + age;
        }
    }

    public static void main(String[] args) {
        int[] ints = {5, -3, 9, 0, Integer.MIN_VALUE, 42, 7, Integer.MAX_VALUE, -3, 1};
        Arrays.sort(ints);
        System.out.println(Arrays.toString(ints));
        long[] longs = {5L, -1L << 40, 3L, Long.MIN_VALUE, 0L};
        Arrays.sort(longs);
        System.out.println(Arrays.toString(longs));
        double[] doubles = {3.5, Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, -2.25, Double.POSITIVE_INFINITY, 0.0, -0.0, 1e-300};
        Arrays.sort(doubles);
        System.out.println(Arrays.toString(doubles));
        float[] floats = {Float.NaN, 2f, -0f, 0f, -1f};
        Arrays.sort(floats);
        System.out.println(Arrays.toString(floats));
        char[] chars = "the quick brown fox".toCharArray();
        Arrays.sort(chars);
        System.out.println(Arrays.toString(chars) + " " + new String(chars).trim());
        byte[] bytes = {5, -128, 127, 0, -1};
        Arrays.sort(bytes);
        System.out.println(Arrays.toString(bytes));
        short[] shorts = {300, -300, 0, 32767, -32768};
        Arrays.sort(shorts);
        System.out.println(Arrays.toString(shorts));
        int[] partial = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
        Arrays.sort(partial, 2, 7);
        System.out.println(Arrays.toString(partial));

        String[] words = {"pear", "Apple", "fig", "banana", "apple", "Fig", "cherry"};
        String[] natural = words.clone();
        Arrays.sort(natural);
        System.out.println(Arrays.toString(natural));
        String[] byLength = words.clone();
        Arrays.sort(byLength, Comparator.comparingInt(String::length));
        System.out.println("stable by length " + Arrays.toString(byLength));
        String[] reversed = words.clone();
        Arrays.sort(reversed, Comparator.reverseOrder());
        System.out.println(Arrays.toString(reversed));
        String[] caseless = words.clone();
        Arrays.sort(caseless, String::compareToIgnoreCase);
        System.out.println(Arrays.toString(caseless));
        Person[] people = {new Person("ann", 31), new Person("bob", 25), new Person("cy", 31), new Person("dee", 25), new Person("eve", 40)};
        Arrays.sort(people, (p, q) -> Integer.compare(q.age, p.age));
        System.out.println(Arrays.toString(people));

        int[] big = new int[300];
        int seed = 7;
        for (int i = 0; i < big.length; i++) {
            seed = seed * 1103515245 + 12345;
            big[i] = (seed >>> 8) % 1000;
        }
        Arrays.sort(big);
        boolean sorted = true;
        for (int i = 1; i < big.length; i++) {
            sorted &= big[i - 1] <= big[i];
        }
        System.out.println("big sorted " + sorted + " min " + big[0] + " median " + big[150] + " max " + big[299] + " hash " + Arrays.hashCode(big));
        Integer[] boxed = new Integer[200];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = (i * 7919) % 211;
        }
        Arrays.sort(boxed);
        System.out.println("boxed " + boxed[0] + " " + boxed[100] + " " + boxed[199]);

        int[] filled = new int[6];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        System.out.println(Arrays.toString(filled));
        char[] dashes = new char[5];
        Arrays.fill(dashes, '-');
        System.out.println(dashes);
        String[] strings = new String[3];
        Arrays.fill(strings, "s");
        System.out.println(Arrays.toString(strings));
        boolean[] flags = new boolean[3];
        Arrays.fill(flags, true);
        System.out.println(Arrays.toString(flags));

        int[] source = {1, 2, 3, 4, 5};
        System.out.println(Arrays.toString(Arrays.copyOf(source, 3)) + " " + Arrays.toString(Arrays.copyOf(source, 8)) + " " + Arrays.toString(Arrays.copyOfRange(source, 1, 4))
                + " " + Arrays.toString(Arrays.copyOfRange(source, 3, 7)));
        String[] grown = Arrays.copyOf(words, 9);
        System.out.println(Arrays.toString(grown) + " " + grown.getClass().getSimpleName());
        double[] dcopy = Arrays.copyOf(new double[] {1.5}, 3);
        long[] lcopy = Arrays.copyOfRange(longs, 1, 3);
        char[] ccopy = Arrays.copyOf("abc".toCharArray(), 5);
        System.out.println(Arrays.toString(dcopy) + " " + Arrays.toString(lcopy) + " " + (int) ccopy[4]);

        System.out.println(Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " " + Arrays.equals(new int[] {1, 2}, new int[] {2, 1}) + " " + Arrays.equals((int[]) null, null)
                + " " + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN}) + " " + Arrays.equals(new double[] {0.0}, new double[] {-0.0})
                + " " + Arrays.equals(new String[] {"a", null}, new String[] {"a", null}) + " " + Arrays.equals(new char[0], new char[0]));
        System.out.println(Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 33}) + " " + Arrays.hashCode(new double[] {1.5})
                + " " + Arrays.hashCode(new Object[] {"a", 1, null}) + " " + Arrays.hashCode((int[]) null) + " " + Arrays.hashCode(new boolean[] {true, false})
                + " " + Arrays.hashCode(new char[] {'a'}) + " " + Arrays.hashCode(new byte[] {-1}) + " " + Arrays.hashCode(new float[] {-0f}) + " " + Arrays.hashCode(new short[] {3}));
        System.out.println(Arrays.toString((int[]) null) + " " + Arrays.toString(new int[0]) + " " + Arrays.toString(new Object[] {null, "x", 1.0f, 'c'})
                + " " + Arrays.toString(new float[] {1.0f, Float.NaN}) + " " + Arrays.toString(new long[] {Long.MIN_VALUE}));
        try {
            Arrays.copyOfRange(source, 4, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("copyOfRange: " + e.getMessage());
        }
        try {
            Arrays.fill(filled, 4, 9, 0);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("fill: " + e.getMessage());
        }
        try {
            Arrays.copyOf(source, -1);
        } catch (NegativeArraySizeException e) {
            System.out.println("copyOf: " + e.getMessage());
        }
    }
}
