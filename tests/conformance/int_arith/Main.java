package conformance.int_arith;

/** int semantics: overflow wraps, division truncates toward zero, MIN_VALUE / -1, shift distances masked to 5 bits, bit tricks. */
public class Main {
    static int minusOne() {
        return -1;
    }

    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        System.out.println((max + 1) + " " + (min - 1) + " " + (max * 2) + " " + (min * -1) + " " + (-min) + " " + Math.abs(min));
        System.out.println((min / minusOne()) + " " + (min % minusOne()) + " " + (max / minusOne()));
        int[] dividends = {7, -7, 7, -7, 0, 1, -1, 2147483647, -2147483648};
        int[] divisors = {2, 2, -2, -2, 5, 3, 3, 10, 10};
        for (int i = 0; i < dividends.length; i++) {
            int a = dividends[i];
            int b = divisors[i];
            System.out.println(a + " / " + b + " = " + (a / b) + " rem " + (a % b) + " floorDiv " + Math.floorDiv(a, b) + " floorMod " + Math.floorMod(a, b));
        }
        int one = 1;
        int[] distances = {0, 1, 31, 32, 33, 63, 64, -1, -31, -32, 100};
        for (int d : distances) {
            System.out.println("shift " + d + ": " + (one << d) + " " + (min >> d) + " " + (min >>> d) + " " + (-12345 >> d) + " " + (-12345 >>> d));
        }
        int x = 0x12345678;
        System.out.println((x & 0xff00ff00) + " " + (x | 0x0f) + " " + (x ^ -1) + " " + ~x + " " + (x & -x));
        System.out.println(Integer.toHexString(x << 4) + " " + Integer.toHexString(x >>> 28) + " " + Integer.toHexString(-x));
        System.out.println(Integer.bitCount(x) + " " + Integer.numberOfLeadingZeros(x) + " " + Integer.numberOfTrailingZeros(x)
                + " " + Integer.highestOneBit(x) + " " + Integer.lowestOneBit(x) + " " + Integer.reverse(x) + " " + Integer.reverseBytes(x)
                + " " + Integer.rotateLeft(x, 12) + " " + Integer.rotateRight(x, 12) + " " + Integer.signum(-x));
        System.out.println(Integer.numberOfLeadingZeros(0) + " " + Integer.numberOfTrailingZeros(0) + " " + Integer.bitCount(-1) + " " + Integer.highestOneBit(0));

        int hash = 17;
        for (int i = 0; i < 1000; i++) {
            hash = hash * 31 + i;
            hash ^= hash >>> 7;
        }
        System.out.println("hash " + hash);
        int lcg = 12345;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            lcg = lcg * 1103515245 + 12345;
            sb.append((lcg >>> 16) & 0x7fff).append(' ');
        }
        System.out.println("lcg " + sb);

        int i = 5;
        i += 3.7;
        System.out.println("i += 3.7 -> " + i);
        i -= 100.9;
        System.out.println("i -= 100.9 -> " + i);
        i *= 1.5;
        System.out.println("i *= 1.5 -> " + i);
        i = 10;
        i <<= 33;
        System.out.println("i <<= 33 -> " + i);
        int j = i++ + ++i;
        System.out.println("i++ + ++i -> " + j + " i=" + i);
        int k = 3;
        k = k++ * 2 + k;
        System.out.println("k = k++ * 2 + k -> " + k);
        int big = 2000000000;
        long widened = big + big;
        long widenedFirst = (long) big + big;
        System.out.println(widened + " " + widenedFirst);
        System.out.println(Integer.compareUnsigned(-1, 1) + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Integer.toUnsignedString(-1) + " " + Integer.toUnsignedLong(-2));
        try {
            System.out.println(Math.addExact(max, 1));
        } catch (ArithmeticException e) {
            System.out.println("addExact: " + e.getMessage());
        }
        try {
            System.out.println(Math.multiplyExact(1 << 16, 1 << 16));
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
        try {
            System.out.println(Math.toIntExact(1L << 31));
        } catch (ArithmeticException e) {
            System.out.println("toIntExact: " + e.getMessage());
        }
        System.out.println(Math.negateExact(5) + " " + Math.subtractExact(-5, 5) + " " + Math.incrementExact(9));
    }
}
