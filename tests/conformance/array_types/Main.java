package conformance.array_types;

import java.io.Serializable;
import java.util.Arrays;

/** instanceof and casts on arrays, covariance and store checks, multi-dimensional and jagged arrays, clone, defaults. */
public class Main {
    static String test(Object o) {
        return (o instanceof Object[] ? "O[] " : "")
                + (o instanceof String[] ? "S[] " : "")
                + (o instanceof CharSequence[] ? "CS[] " : "")
                + (o instanceof int[] ? "int[] " : "")
                + (o instanceof int[][] ? "int[][] " : "")
                + (o instanceof Object[][] ? "O[][] " : "")
                + (o instanceof Cloneable ? "Cloneable " : "")
                + (o instanceof Serializable ? "Serializable " : "")
                + (o instanceof Comparable[] ? "Comparable[] " : "")
                + (o instanceof Number[] ? "Number[] " : "")
                + o.getClass().getName();
    }

    static String cast(Object o) {
        try {
            Object[] arr = (Object[]) o;
            return "Object[] of " + arr.length;
        } catch (ClassCastException e) {
            return "CCE";
        }
    }

    static String store(Object[] target, Object value) {
        try {
            target[0] = value;
            return "stored";
        } catch (ArrayStoreException e) {
            return "ASE " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        Object[] samples = {new int[2], new String[1], new Object[0], new int[2][3], new String[2][2], new Integer[1], new long[0][],
                new char[1], new CharSequence[1], new Comparable[0][0], new boolean[1][1][1]};
        for (Object o : samples) {
            System.out.println(test(o) + " / " + cast(o));
        }
        Object[] strings = new String[2];
        System.out.println(store(strings, "ok") + " " + store(strings, 1) + " " + store(strings, null));
        Number[] numbers = new Integer[1];
        System.out.println(store(numbers, 5) + " " + store(numbers, 5L) + " " + store(numbers, 2.5));
        Object[][] nested = new int[2][][];
        System.out.println(store(nested, new int[1][]) + " " + store(nested, new long[1][]) + " " + store(nested, new Object[1]));
        Object[] objects = new Object[1];
        System.out.println(store(objects, new int[0]) + " " + store(objects, "s"));

        int[][] jagged = new int[4][];
        for (int i = 0; i < jagged.length; i++) {
            jagged[i] = new int[i + 1];
            for (int j = 0; j <= i; j++) {
                jagged[i][j] = i * 10 + j;
            }
        }
        System.out.println(Arrays.deepToString(jagged));
        long[][][] cube = new long[2][3][4];
        cube[1][2][3] = Long.MIN_VALUE;
        System.out.println(cube.length + " " + cube[0].length + " " + cube[1][2].length + " " + cube[1][2][3] + " " + cube[0][0][0]);
        char[][] partial = new char[3][];
        System.out.println(partial[0] == null);
        boolean[] flags = new boolean[2];
        float[] floats = new float[1];
        double[] doubles = new double[1];
        short[] shorts = new short[1];
        byte[] bytes = new byte[1];
        String[] strs = new String[1];
        System.out.println(flags[1] + " " + floats[0] + " " + doubles[0] + " " + shorts[0] + " " + bytes[0] + " " + strs[0] + " " + (int) (new char[1])[0]);
        int[] original = {3, 1, 2};
        int[] copy = original.clone();
        copy[0] = 99;
        System.out.println(Arrays.toString(original) + " " + Arrays.toString(copy));
        int[][] deep = {{1}, {2}};
        int[][] shallow = deep.clone();
        shallow[0][0] = 42;
        shallow[1] = new int[] {7};
        System.out.println(Arrays.deepToString(deep) + " " + Arrays.deepToString(shallow) + " " + (deep[0] == shallow[0]));
        String[] names = {"b", "a"};
        Object[] asObjects = names;
        Object back = asObjects;
        String[] again = (String[]) back;
        System.out.println(again[1] + " " + (asObjects.getClass() == String[].class) + " " + String[].class.getName() + " " + int[][].class.getSimpleName());
        try {
            Object o = new Object[] {"x"};
            String[] bad = (String[]) o;
            System.out.println("no exception " + bad.length);
        } catch (ClassCastException e) {
            System.out.println("Object[] is not String[]");
        }
        try {
            int[] neg = new int[-1];
            System.out.println(neg.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("NegativeArraySizeException " + e.getMessage());
        }
        try {
            int[][] neg2 = new int[2][-3];
            System.out.println(neg2.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("NegativeArraySizeException " + e.getMessage());
        }
        try {
            int[][] zeroOuter = new int[0][-2];
            System.out.println(zeroOuter.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("NegativeArraySizeException " + e.getMessage());
        }
        int[] arr = new int[3];
        int idx = 0;
        try {
            arr[idx = 3] = idx++;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage() + " idx=" + idx);
        }
        try {
            System.out.println(arr[-1]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        Object[][] twoD = new String[2][2];
        try {
            twoD[0] = new Integer[2];
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        System.out.println(Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " " + new int[0].equals(new int[0]) + " " + Arrays.hashCode(new long[] {1L, -1L})
                + " " + Arrays.hashCode(new double[] {0.5}) + " " + Arrays.hashCode(new boolean[] {true, false}) + " " + Arrays.deepHashCode(new Object[] {"a", new int[] {1}}));
    }
}
