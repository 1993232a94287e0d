package java.util;

import ariadne.runtime.ObjectCopy;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;

/**
 * Array utilities with the JDK's results and messages. Sorting is a stable merge sort (the
 * JDK's algorithms differ, but for primitives and for stable object sorts the result is the
 * same); floating-point values sort in Double.compare/Float.compare order, as in the JDK.
 */
public final class Arrays {

    /** Runs shorter than this are sorted by insertion. */
    private static final int INSERTION_SORT_THRESHOLD = 16;

    private Arrays() {
    }


    public static String toString(int[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder b = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(a[i]);
        }
        return b.append(']').toString();
    }

    public static int hashCode(int[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            result = 31 * result + a[i];
        }
        return result;
    }

    public static boolean equals(int[] a, int[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] == a2[i])) {
                return false;
            }
        }
        return true;
    }

    public static void fill(int[] a, int val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    public static void fill(int[] a, int fromIndex, int toIndex, int val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static int[] copyOf(int[] original, int newLength) {
        int[] copy = new int[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static int[] copyOfRange(int[] original, int from, int to) {
        int newLength = checkedLength(from, to);
        int[] copy = new int[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static void sort(int[] a) {
        sort(a, 0, a.length);
    }

    public static void sort(int[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        if (toIndex - fromIndex < INSERTION_SORT_THRESHOLD) {
            insertionSort(a, fromIndex, toIndex);
            return;
        }
        int[] work = copyOfRange(a, fromIndex, toIndex);
        mergeSort(work, a, fromIndex, toIndex, -fromIndex);
    }

    private static void insertionSort(int[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int key = a[i];
            int j = i - 1;
            while (j >= from && key < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    /** Sorts dest[from, to) using src (a copy at offset {@code off}) as scratch, as the JDK's legacy merge sort. */
    private static void mergeSort(int[] src, int[] dest, int from, int to, int off) {
        int length = to - from;
        if (length < INSERTION_SORT_THRESHOLD) {
            insertionSort(dest, from, to);
            return;
        }
        int destFrom = from;
        int destTo = to;
        from += off;
        to += off;
        int mid = (from + to) >>> 1;
        mergeSort(dest, src, from, mid, -off);
        mergeSort(dest, src, mid, to, -off);
        for (int i = destFrom, p = from, q = mid; i < destTo; i++) {
            if (q >= to || p < mid && !(src[q] < src[p])) {
                dest[i] = src[p++];
            } else {
                dest[i] = src[q++];
            }
        }
    }

    public static String toString(long[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder b = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(a[i]);
        }
        return b.append(']').toString();
    }

    public static int hashCode(long[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            result = 31 * result + Long.hashCode(a[i]);
        }
        return result;
    }

    public static boolean equals(long[] a, long[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] == a2[i])) {
                return false;
            }
        }
        return true;
    }

    public static void fill(long[] a, long val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    public static void fill(long[] a, int fromIndex, int toIndex, long val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static long[] copyOf(long[] original, int newLength) {
        long[] copy = new long[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static long[] copyOfRange(long[] original, int from, int to) {
        int newLength = checkedLength(from, to);
        long[] copy = new long[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static void sort(long[] a) {
        sort(a, 0, a.length);
    }

    public static void sort(long[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        if (toIndex - fromIndex < INSERTION_SORT_THRESHOLD) {
            insertionSort(a, fromIndex, toIndex);
            return;
        }
        long[] work = copyOfRange(a, fromIndex, toIndex);
        mergeSort(work, a, fromIndex, toIndex, -fromIndex);
    }

    private static void insertionSort(long[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long key = a[i];
            int j = i - 1;
            while (j >= from && key < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    /** Sorts dest[from, to) using src (a copy at offset {@code off}) as scratch, as the JDK's legacy merge sort. */
    private static void mergeSort(long[] src, long[] dest, int from, int to, int off) {
        int length = to - from;
        if (length < INSERTION_SORT_THRESHOLD) {
            insertionSort(dest, from, to);
            return;
        }
        int destFrom = from;
        int destTo = to;
        from += off;
        to += off;
        int mid = (from + to) >>> 1;
        mergeSort(dest, src, from, mid, -off);
        mergeSort(dest, src, mid, to, -off);
        for (int i = destFrom, p = from, q = mid; i < destTo; i++) {
            if (q >= to || p < mid && !(src[q] < src[p])) {
                dest[i] = src[p++];
            } else {
                dest[i] = src[q++];
            }
        }
    }

    public static String toString(short[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder b = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(a[i]);
        }
        return b.append(']').toString();
    }

    public static int hashCode(short[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            result = 31 * result + a[i];
        }
        return result;
    }

    public static boolean equals(short[] a, short[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] == a2[i])) {
                return false;
            }
        }
        return true;
    }

    public static void fill(short[] a, short val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    public static void fill(short[] a, int fromIndex, int toIndex, short val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static short[] copyOf(short[] original, int newLength) {
        short[] copy = new short[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static short[] copyOfRange(short[] original, int from, int to) {
        int newLength = checkedLength(from, to);
        short[] copy = new short[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static void sort(short[] a) {
        sort(a, 0, a.length);
    }

    public static void sort(short[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        if (toIndex - fromIndex < INSERTION_SORT_THRESHOLD) {
            insertionSort(a, fromIndex, toIndex);
            return;
        }
        short[] work = copyOfRange(a, fromIndex, toIndex);
        mergeSort(work, a, fromIndex, toIndex, -fromIndex);
    }

    private static void insertionSort(short[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            short key = a[i];
            int j = i - 1;
            while (j >= from && key < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    /** Sorts dest[from, to) using src (a copy at offset {@code off}) as scratch, as the JDK's legacy merge sort. */
    private static void mergeSort(short[] src, short[] dest, int from, int to, int off) {
        int length = to - from;
        if (length < INSERTION_SORT_THRESHOLD) {
            insertionSort(dest, from, to);
            return;
        }
        int destFrom = from;
        int destTo = to;
        from += off;
        to += off;
        int mid = (from + to) >>> 1;
        mergeSort(dest, src, from, mid, -off);
        mergeSort(dest, src, mid, to, -off);
        for (int i = destFrom, p = from, q = mid; i < destTo; i++) {
            if (q >= to || p < mid && !(src[q] < src[p])) {
                dest[i] = src[p++];
            } else {
                dest[i] = src[q++];
            }
        }
    }

    public static String toString(char[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder b = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(a[i]);
        }
        return b.append(']').toString();
    }

    public static int hashCode(char[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            result = 31 * result + a[i];
        }
        return result;
    }

    public static boolean equals(char[] a, char[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] == a2[i])) {
                return false;
            }
        }
        return true;
    }

    public static void fill(char[] a, char val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    public static void fill(char[] a, int fromIndex, int toIndex, char val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static char[] copyOf(char[] original, int newLength) {
        char[] copy = new char[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static char[] copyOfRange(char[] original, int from, int to) {
        int newLength = checkedLength(from, to);
        char[] copy = new char[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static void sort(char[] a) {
        sort(a, 0, a.length);
    }

    public static void sort(char[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        if (toIndex - fromIndex < INSERTION_SORT_THRESHOLD) {
            insertionSort(a, fromIndex, toIndex);
            return;
        }
        char[] work = copyOfRange(a, fromIndex, toIndex);
        mergeSort(work, a, fromIndex, toIndex, -fromIndex);
    }

    private static void insertionSort(char[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            char key = a[i];
            int j = i - 1;
            while (j >= from && key < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    /** Sorts dest[from, to) using src (a copy at offset {@code off}) as scratch, as the JDK's legacy merge sort. */
    private static void mergeSort(char[] src, char[] dest, int from, int to, int off) {
        int length = to - from;
        if (length < INSERTION_SORT_THRESHOLD) {
            insertionSort(dest, from, to);
            return;
        }
        int destFrom = from;
        int destTo = to;
        from += off;
        to += off;
        int mid = (from + to) >>> 1;
        mergeSort(dest, src, from, mid, -off);
        mergeSort(dest, src, mid, to, -off);
        for (int i = destFrom, p = from, q = mid; i < destTo; i++) {
            if (q >= to || p < mid && !(src[q] < src[p])) {
                dest[i] = src[p++];
            } else {
                dest[i] = src[q++];
            }
        }
    }

    public static String toString(byte[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder b = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(a[i]);
        }
        return b.append(']').toString();
    }

    public static int hashCode(byte[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            result = 31 * result + a[i];
        }
        return result;
    }

    public static boolean equals(byte[] a, byte[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] == a2[i])) {
                return false;
            }
        }
        return true;
    }

    public static void fill(byte[] a, byte val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    public static void fill(byte[] a, int fromIndex, int toIndex, byte val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static byte[] copyOf(byte[] original, int newLength) {
        byte[] copy = new byte[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static byte[] copyOfRange(byte[] original, int from, int to) {
        int newLength = checkedLength(from, to);
        byte[] copy = new byte[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static void sort(byte[] a) {
        sort(a, 0, a.length);
    }

    public static void sort(byte[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        if (toIndex - fromIndex < INSERTION_SORT_THRESHOLD) {
            insertionSort(a, fromIndex, toIndex);
            return;
        }
        byte[] work = copyOfRange(a, fromIndex, toIndex);
        mergeSort(work, a, fromIndex, toIndex, -fromIndex);
    }

    private static void insertionSort(byte[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            byte key = a[i];
            int j = i - 1;
            while (j >= from && key < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    /** Sorts dest[from, to) using src (a copy at offset {@code off}) as scratch, as the JDK's legacy merge sort. */
    private static void mergeSort(byte[] src, byte[] dest, int from, int to, int off) {
        int length = to - from;
        if (length < INSERTION_SORT_THRESHOLD) {
            insertionSort(dest, from, to);
            return;
        }
        int destFrom = from;
        int destTo = to;
        from += off;
        to += off;
        int mid = (from + to) >>> 1;
        mergeSort(dest, src, from, mid, -off);
        mergeSort(dest, src, mid, to, -off);
        for (int i = destFrom, p = from, q = mid; i < destTo; i++) {
            if (q >= to || p < mid && !(src[q] < src[p])) {
                dest[i] = src[p++];
            } else {
                dest[i] = src[q++];
            }
        }
    }

    public static String toString(boolean[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder b = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(a[i]);
        }
        return b.append(']').toString();
    }

    public static int hashCode(boolean[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            result = 31 * result + Boolean.hashCode(a[i]);
        }
        return result;
    }

    public static boolean equals(boolean[] a, boolean[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] == a2[i])) {
                return false;
            }
        }
        return true;
    }

    public static void fill(boolean[] a, boolean val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    public static void fill(boolean[] a, int fromIndex, int toIndex, boolean val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static boolean[] copyOf(boolean[] original, int newLength) {
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static boolean[] copyOfRange(boolean[] original, int from, int to) {
        int newLength = checkedLength(from, to);
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static int hashCode(float[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            result = 31 * result + Float.floatToIntBits(a[i]);
        }
        return result;
    }

    public static boolean equals(float[] a, float[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!(Float.floatToIntBits(a[i]) == Float.floatToIntBits(a2[i]))) {
                return false;
            }
        }
        return true;
    }

    public static void fill(float[] a, float val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    public static void fill(float[] a, int fromIndex, int toIndex, float val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static float[] copyOf(float[] original, int newLength) {
        float[] copy = new float[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static float[] copyOfRange(float[] original, int from, int to) {
        int newLength = checkedLength(from, to);
        float[] copy = new float[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static void sort(float[] a) {
        sort(a, 0, a.length);
    }

    public static void sort(float[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        if (toIndex - fromIndex < INSERTION_SORT_THRESHOLD) {
            insertionSort(a, fromIndex, toIndex);
            return;
        }
        float[] work = copyOfRange(a, fromIndex, toIndex);
        mergeSort(work, a, fromIndex, toIndex, -fromIndex);
    }

    private static void insertionSort(float[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            float key = a[i];
            int j = i - 1;
            while (j >= from && Float.compare(key, a[j]) < 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    /** Sorts dest[from, to) using src (a copy at offset {@code off}) as scratch, as the JDK's legacy merge sort. */
    private static void mergeSort(float[] src, float[] dest, int from, int to, int off) {
        int length = to - from;
        if (length < INSERTION_SORT_THRESHOLD) {
            insertionSort(dest, from, to);
            return;
        }
        int destFrom = from;
        int destTo = to;
        from += off;
        to += off;
        int mid = (from + to) >>> 1;
        mergeSort(dest, src, from, mid, -off);
        mergeSort(dest, src, mid, to, -off);
        for (int i = destFrom, p = from, q = mid; i < destTo; i++) {
            if (q >= to || p < mid && !(Float.compare(src[q], src[p]) < 0)) {
                dest[i] = src[p++];
            } else {
                dest[i] = src[q++];
            }
        }
    }

    public static int hashCode(double[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            result = 31 * result + Double.hashCode(a[i]);
        }
        return result;
    }

    public static boolean equals(double[] a, double[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!(Double.doubleToLongBits(a[i]) == Double.doubleToLongBits(a2[i]))) {
                return false;
            }
        }
        return true;
    }

    public static void fill(double[] a, double val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    public static void fill(double[] a, int fromIndex, int toIndex, double val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static double[] copyOf(double[] original, int newLength) {
        double[] copy = new double[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static double[] copyOfRange(double[] original, int from, int to) {
        int newLength = checkedLength(from, to);
        double[] copy = new double[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static void sort(double[] a) {
        sort(a, 0, a.length);
    }

    public static void sort(double[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        if (toIndex - fromIndex < INSERTION_SORT_THRESHOLD) {
            insertionSort(a, fromIndex, toIndex);
            return;
        }
        double[] work = copyOfRange(a, fromIndex, toIndex);
        mergeSort(work, a, fromIndex, toIndex, -fromIndex);
    }

    private static void insertionSort(double[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            double key = a[i];
            int j = i - 1;
            while (j >= from && Double.compare(key, a[j]) < 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    /** Sorts dest[from, to) using src (a copy at offset {@code off}) as scratch, as the JDK's legacy merge sort. */
    private static void mergeSort(double[] src, double[] dest, int from, int to, int off) {
        int length = to - from;
        if (length < INSERTION_SORT_THRESHOLD) {
            insertionSort(dest, from, to);
            return;
        }
        int destFrom = from;
        int destTo = to;
        from += off;
        to += off;
        int mid = (from + to) >>> 1;
        mergeSort(dest, src, from, mid, -off);
        mergeSort(dest, src, mid, to, -off);
        for (int i = destFrom, p = from, q = mid; i < destTo; i++) {
            if (q >= to || p < mid && !(Double.compare(src[q], src[p]) < 0)) {
                dest[i] = src[p++];
            } else {
                dest[i] = src[q++];
            }
        }
    }

    public static String toString(Object[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder b = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(String.valueOf(a[i]));
        }
        return b.append(']').toString();
    }

    public static int hashCode(Object[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            result = 31 * result + (a[i] == null ? 0 : a[i].hashCode());
        }
        return result;
    }

    public static boolean equals(Object[] a, Object[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!Objects.equals(a[i], a2[i])) {
                return false;
            }
        }
        return true;
    }

    public static void fill(Object[] a, Object val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    public static void fill(Object[] a, int fromIndex, int toIndex, Object val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOf(T[] original, int newLength) {
        if (newLength < 0) {
            throw new NegativeArraySizeException(Integer.toString(newLength));
        }
        T[] copy = (T[]) ObjectCopy.newArrayLike(original, newLength);
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        int newLength = checkedLength(from, to);
        T[] copy = (T[]) ObjectCopy.newArrayLike(original, newLength);
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** Sorts into ascending natural order; stable. */
    public static void sort(Object[] a) {
        sort(a, 0, a.length, null);
    }

    public static void sort(Object[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex, null);
    }

    public static <T> void sort(T[] a, Comparator<? super T> c) {
        sort(a, 0, a.length, c);
    }

    /** Stable merge sort; a null comparator means natural order. */
    public static <T> void sort(T[] a, int fromIndex, int toIndex, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        Object[] work = copyOfRange(a, fromIndex, toIndex);
        mergeSort(work, a, fromIndex, toIndex, -fromIndex, c);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object x, Object y, Comparator c) {
        return c == null ? ((Comparable) x).compareTo(y) : c.compare(x, y);
    }

    @SuppressWarnings("rawtypes")
    private static void mergeSort(Object[] src, Object[] dest, int from, int to, int off,
            Comparator c) {
        int length = to - from;
        if (length < INSERTION_SORT_THRESHOLD) {
            for (int i = from + 1; i < to; i++) {
                for (int j = i; j > from && compare(dest[j - 1], dest[j], c) > 0; j--) {
                    Object t = dest[j];
                    dest[j] = dest[j - 1];
                    dest[j - 1] = t;
                }
            }
            return;
        }
        int destFrom = from;
        int destTo = to;
        from += off;
        to += off;
        int mid = (from + to) >>> 1;
        mergeSort(dest, src, from, mid, -off, c);
        mergeSort(dest, src, mid, to, -off, c);
        for (int i = destFrom, p = from, q = mid; i < destTo; i++) {
            if (q >= to || p < mid && compare(src[p], src[q], c) <= 0) {
                dest[i] = src[p++];
            } else {
                dest[i] = src[q++];
            }
        }
    }

    /** The JDK's checks for a [fromIndex, toIndex) range of an array of {@code arrayLength}. */
    private static void rangeCheck(int arrayLength, int fromIndex, int toIndex) {
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException(new StringBuilder("fromIndex(").append(fromIndex)
                    .append(") > toIndex(").append(toIndex).append(')').toString());
        }
        if (fromIndex < 0) {
            throw new ArrayIndexOutOfBoundsException(fromIndex);
        }
        if (toIndex > arrayLength) {
            throw new ArrayIndexOutOfBoundsException(toIndex);
        }
    }

    private static int checkedLength(int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(new StringBuilder().append(from).append(" > ")
                    .append(to).toString());
        }
        return newLength;
    }

    public static String toString(float[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder b = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(a[i]);
        }
        return b.append(']').toString();
    }

    public static String toString(double[] a) {
        if (a == null) {
            return "null";
        }
        if (a.length == 0) {
            return "[]";
        }
        StringBuilder b = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(a[i]);
        }
        return b.append(']').toString();
    }

    /** Nested arrays are shown as their contents; an array inside itself as "[...]". */
    public static String deepToString(Object[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        deepToString(a, b, new ArrayList<Object[]>());
        return b.toString();
    }

    private static void deepToString(Object[] a, StringBuilder b, List<Object[]> enclosing) {
        if (a.length == 0) {
            b.append("[]");
            return;
        }
        enclosing.add(a);
        b.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            Object e = a[i];
            if (e instanceof Object[]) {
                if (containsIdentical(enclosing, e)) {
                    b.append("[...]");
                } else {
                    deepToString((Object[]) e, b, enclosing);
                }
            } else {
                b.append(elementText(e));
            }
        }
        b.append(']');
        enclosing.remove(enclosing.size() - 1);
    }

    private static boolean containsIdentical(List<Object[]> arrays, Object candidate) {
        for (Object[] array : arrays) {
            if (array == candidate) {
                return true;
            }
        }
        return false;
    }

    /** Text of a non-Object[] element: primitive arrays by content, anything else by toString. */
    private static String elementText(Object e) {
        if (e instanceof int[]) {
            return toString((int[]) e);
        } else if (e instanceof long[]) {
            return toString((long[]) e);
        } else if (e instanceof short[]) {
            return toString((short[]) e);
        } else if (e instanceof char[]) {
            return toString((char[]) e);
        } else if (e instanceof byte[]) {
            return toString((byte[]) e);
        } else if (e instanceof boolean[]) {
            return toString((boolean[]) e);
        } else if (e instanceof float[]) {
            return toString((float[]) e);
        } else if (e instanceof double[]) {
            return toString((double[]) e);
        }
        return String.valueOf(e);
    }

    public static boolean deepEquals(Object[] a1, Object[] a2) {
        if (a1 == a2) {
            return true;
        }
        if (a1 == null || a2 == null || a1.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a1.length; i++) {
            if (!deepEquals0(a1[i], a2[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean deepEquals0(Object e1, Object e2) {
        if (e1 == e2) {
            return true;
        }
        if (e1 == null || e2 == null) {
            return false;
        }
        if (e1 instanceof Object[] && e2 instanceof Object[]) {
            return deepEquals((Object[]) e1, (Object[]) e2);
        } else if (e1 instanceof int[] && e2 instanceof int[]) {
            return equals((int[]) e1, (int[]) e2);
        } else if (e1 instanceof long[] && e2 instanceof long[]) {
            return equals((long[]) e1, (long[]) e2);
        } else if (e1 instanceof short[] && e2 instanceof short[]) {
            return equals((short[]) e1, (short[]) e2);
        } else if (e1 instanceof char[] && e2 instanceof char[]) {
            return equals((char[]) e1, (char[]) e2);
        } else if (e1 instanceof byte[] && e2 instanceof byte[]) {
            return equals((byte[]) e1, (byte[]) e2);
        } else if (e1 instanceof boolean[] && e2 instanceof boolean[]) {
            return equals((boolean[]) e1, (boolean[]) e2);
        } else if (e1 instanceof float[] && e2 instanceof float[]) {
            return equals((float[]) e1, (float[]) e2);
        } else if (e1 instanceof double[] && e2 instanceof double[]) {
            return equals((double[]) e1, (double[]) e2);
        }
        return e1.equals(e2);
    }

    public static int deepHashCode(Object[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (Object e : a) {
            result = 31 * result + deepHash(e);
        }
        return result;
    }

    private static int deepHash(Object e) {
        if (e instanceof Object[]) {
            return deepHashCode((Object[]) e);
        } else if (e instanceof int[]) {
            return hashCode((int[]) e);
        } else if (e instanceof long[]) {
            return hashCode((long[]) e);
        } else if (e instanceof short[]) {
            return hashCode((short[]) e);
        } else if (e instanceof char[]) {
            return hashCode((char[]) e);
        } else if (e instanceof byte[]) {
            return hashCode((byte[]) e);
        } else if (e instanceof boolean[]) {
            return hashCode((boolean[]) e);
        } else if (e instanceof float[]) {
            return hashCode((float[]) e);
        } else if (e instanceof double[]) {
            return hashCode((double[]) e);
        }
        return e == null ? 0 : e.hashCode();
    }

    /** A fixed-size list backed by the array: set writes through, add and remove are unsupported. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <T> List<T> asList(T... a) {
        return new ArrayView<T>(a);
    }

    private static final class ArrayView<E> extends AbstractList<E> implements RandomAccess,
            java.io.Serializable {
        private final E[] a;

        ArrayView(E[] array) {
            a = Objects.requireNonNull(array);
        }

        public int size() {
            return a.length;
        }

        /** An Object[] copy, whatever the component type of the backing array. */
        public Object[] toArray() {
            Object[] copy = new Object[a.length];
            System.arraycopy(a, 0, copy, 0, a.length);
            return copy;
        }

        public E get(int index) {
            return a[index];
        }

        public E set(int index, E element) {
            E oldValue = a[index];
            a[index] = element;
            return oldValue;
        }

        public int indexOf(Object o) {
            for (int i = 0; i < a.length; i++) {
                if (Objects.equals(o, a[i])) {
                    return i;
                }
            }
            return -1;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public void sort(Comparator<? super E> c) {
            Arrays.sort(a, c);
        }
    }

    public static <T> void setAll(T[] array, IntFunction<? extends T> generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.apply(i);
        }
    }

    public static void setAll(int[] array, IntUnaryOperator generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.applyAsInt(i);
        }
    }

    public static void setAll(long[] array, IntToLongFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.applyAsLong(i);
        }
    }

    public static void setAll(double[] array, IntToDoubleFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.applyAsDouble(i);
        }
    }

    public static int binarySearch(int[] a, int key) {
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (a[mid] < key) {
                low = mid + 1;
            } else if (a[mid] > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    public static int binarySearch(long[] a, long key) {
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (a[mid] < key) {
                low = mid + 1;
            } else if (a[mid] > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    public static int binarySearch(char[] a, char key) {
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (a[mid] < key) {
                low = mid + 1;
            } else if (a[mid] > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** Ordered as Double.compare orders (so -0.0 before 0.0, NaN last). */
    public static int binarySearch(double[] a, double key) {
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = Double.compare(a[mid], key);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    public static int binarySearch(Object[] a, Object key) {
        return binarySearch(a, key, null);
    }

    /** A null comparator means natural order. */
    public static <T> int binarySearch(T[] a, T key, Comparator<? super T> c) {
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = compare(a[mid], key, c);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }
}
