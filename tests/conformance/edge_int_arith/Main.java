package conformance.edge_int_arith;

/** Integer/Long MIN_VALUE arithmetic, shift masking, char arithmetic and compound-assignment narrowing. */
public class Main {
    static int[] INTS = {0, 1, -1, 2, -2, 7, -7, 31, 32, 33, 63, 64, 65, 127, 128, 255, 256, 32767, 32768, 65535, 65536,
            Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1, 0x55555555, 0xAAAAAAAA};
    static long[] LONGS = {0L, 1L, -1L, 63L, 64L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 0x5555555555555555L,
            Integer.MAX_VALUE, Integer.MIN_VALUE, 1L << 32, (1L << 32) - 1, -(1L << 32)};

    static int div(int a, int b) {
        try {
            return a / b;
        } catch (ArithmeticException e) {
            System.out.print("[" + e.getMessage() + "]");
            return 0;
        }
    }

    static long rem(long a, long b) {
        try {
            return a % b;
        } catch (ArithmeticException e) {
            System.out.print("[" + e.getMessage() + "]");
            return 0;
        }
    }

    public static void main(String[] args) {
        int min = Integer.MIN_VALUE;
        long lmin = Long.MIN_VALUE;
        System.out.println(min / -1);
        System.out.println(min % -1);
        System.out.println(-min);
        System.out.println(Math.abs(min));
        System.out.println(min - 1);
        System.out.println(min * -1);
        System.out.println(min * min);
        System.out.println(lmin / -1L);
        System.out.println(lmin % -1L);
        System.out.println(-lmin);
        System.out.println(Math.abs(lmin));
        System.out.println(lmin * -1);
        System.out.println(Integer.MAX_VALUE + 1);
        System.out.println(Long.MAX_VALUE + 1);
        System.out.println((long) Integer.MAX_VALUE + 1);
        System.out.println(Integer.MAX_VALUE * 2);
        System.out.println(-7 / 2 + " " + -7 % 2 + " " + 7 / -2 + " " + 7 % -2 + " " + -7 / -2 + " " + -7 % -2);
        System.out.println(-7L / 2 + " " + -7L % 2 + " " + 7L / -2 + " " + 7L % -2);
        System.out.println(div(5, 0) + " " + rem(5L, 0L));

        long sum = 0;
        for (int a : INTS) {
            for (int s : new int[] {0, 1, 5, 31, 32, 33, -1, -31, -32, 63, 64, 100, Integer.MIN_VALUE}) {
                sum = sum * 31 + (a << s) + 3L * (a >> s) + 7L * (a >>> s);
            }
            for (int b : INTS) {
                if (b != 0) {
                    sum = sum * 17 + a / b + 5L * (a % b);
                }
                sum = sum * 13 + a * b + (a + b) + 11L * (a - b) + (a & b) + (a | b) + (a ^ b);
                sum ^= Integer.compare(a, b) + 2L * Integer.compareUnsigned(a, b);
            }
        }
        System.out.println("int mix " + sum);

        long lsum = 0;
        for (long a : LONGS) {
            for (int s : new int[] {0, 1, 31, 32, 33, 63, 64, 65, -1, -64, 127}) {
                lsum = lsum * 31 + (a << s) + 3 * (a >> s) + 7 * (a >>> s);
            }
            for (long b : LONGS) {
                if (b != 0) {
                    lsum = lsum * 17 + a / b + 5 * (a % b);
                }
                lsum = lsum * 13 + a * b + (a - b) + (a & ~b) + (a | b) + (a ^ b) + Long.compare(a, b);
            }
            lsum += (int) a + (short) a + (byte) a + (char) a;
        }
        System.out.println("long mix " + lsum);

        // Shifts of narrow types promote first; the count is masked to 5 or 6 bits.
        byte b = (byte) 0x80;
        short sh = (short) 0x8000;
        char ch = '\uffff';
        System.out.println((b >> 1) + " " + (b >>> 1) + " " + (byte) (b >>> 1) + " " + (b << 24) + " " + (b >>> 33));
        System.out.println((sh >> 4) + " " + (sh >>> 4) + " " + (short) (sh >>> 4) + " " + (ch >> 4) + " " + (ch >>> 40));
        System.out.println((1 << 35) + " " + (1L << 35) + " " + (1 << -1) + " " + (1L << -1) + " " + (-1 >>> 28) + " " + (-1L >>> 60));

        // Compound assignment narrows silently.
        byte bb = 100;
        bb += 100;
        System.out.println(bb);
        bb *= 3;
        System.out.println(bb);
        bb -= 1000;
        System.out.println(bb);
        bb >>>= 1;
        System.out.println(bb);
        bb = -128;
        bb--;
        System.out.println(bb);
        short ss = 32767;
        ss++;
        System.out.println(ss);
        ss += 70000;
        System.out.println(ss);
        ss /= -3;
        System.out.println(ss);
        char cc = 'z';
        cc += 1;
        System.out.println(cc);
        cc -= 'z' + 2;
        System.out.println((int) cc);
        cc++;
        System.out.println((int) cc);
        int ii = 10;
        ii += 3.7;
        System.out.println(ii);
        ii *= 2.5;
        System.out.println(ii);
        ii -= 0.5f;
        System.out.println(ii);
        ii = Integer.MAX_VALUE;
        ii += 1.0;
        System.out.println(ii);
        ii /= 0.0;
        System.out.println(ii);
        long ll = Long.MAX_VALUE;
        ll += 1.0;
        System.out.println(ll);
        ll -= 1e300;
        System.out.println(ll);
        ll = 7;
        ll <<= 62;
        System.out.println(ll);
        ll >>= 130;
        System.out.println(ll);
        ii = 5;
        ii <<= 33L;
        System.out.println(ii);
        ii = 3;
        ii = ii++ + ++ii;
        System.out.println(ii);
        ii = 3;
        ii += ii++ * --ii;
        System.out.println(ii);
        int[] arr = {1, 2, 3};
        int k = 0;
        arr[k++] += arr[k] * 10;
        System.out.println(arr[0] + " " + arr[1] + " " + k);

        // Char arithmetic.
        char a = 'a';
        System.out.println(a + 1);
        System.out.println((char) (a + 1));
        System.out.println(a + 'b');
        System.out.println("" + a + 'b');
        System.out.println('a' + 'b' + "c");
        System.out.println("c" + 'a' + 'b');
        char z = (char) -1;
        System.out.println((int) z + " " + (short) z + " " + (byte) z + " " + (z + 1) + " " + (char) 65 + (char) 66);
        System.out.println(Character.getNumericValue('7') + " " + ('7' - '0') + " " + (char) ('0' + 9) + " " + Character.toUpperCase('q'));
        System.out.println((int) (char) 70000 + " " + (int) (char) -70000 + " " + (char) 0x41L);

        // Conversions from floating point saturate; NaN becomes 0.
        double[] ds = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e20, -1e20, 2147483647.9, -2147483648.9,
                -0.5, 0.99999, 3e9, -3e9, 9.3e18, -9.3e18, Double.MIN_VALUE, -0.0};
        for (double d : ds) {
            System.out.println(d + " -> " + (int) d + " " + (long) d + " " + (short) d + " " + (byte) d + " " + (int) (char) d + " " + (float) d);
        }
        float[] fs = {Float.NaN, Float.MAX_VALUE, -Float.MAX_VALUE, 1e10f, -1e10f, 16777217f, Float.MIN_VALUE};
        for (float f : fs) {
            System.out.println(f + " -> " + (int) f + " " + (long) f + " " + (double) f);
        }
        System.out.println((int) 'x' * (long) Integer.MAX_VALUE + " " + (float) Long.MAX_VALUE + " " + (double) Long.MIN_VALUE
                + " " + (float) 16777217 + " " + (double) 9007199254740993L + " " + (float) (1L << 40 | 1));
        System.out.println(Integer.toBinaryString(min) + " " + Integer.toHexString(-1) + " " + Long.toOctalString(lmin) + " " + Integer.toString(min, 36)
                + " " + Long.toString(lmin, 7) + " " + Integer.reverse(1) + " " + Integer.bitCount(-1) + " " + Long.numberOfLeadingZeros(1)
                + " " + Integer.numberOfTrailingZeros(0) + " " + Integer.highestOneBit(min) + " " + Integer.rotateLeft(0x80000001, 1));
    }
}
