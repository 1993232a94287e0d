package conformance.long_arith;

/** long semantics: overflow, MIN_VALUE / -1, shifts masked to 6 bits, mixed int/long arithmetic, comparisons, bit utilities. */
public class Main {
    static long minusOne() {
        return -1L;
    }

    public static void main(String[] args) {
        long max = Long.MAX_VALUE;
        long min = Long.MIN_VALUE;
        System.out.println((max + 1) + " " + (min - 1) + " " + (max * 3) + " " + (-min) + " " + Math.abs(min));
        System.out.println((min / minusOne()) + " " + (min % minusOne()) + " " + (max / minusOne()));
        long[] dividends = {7, -7, 7, -7, 1L << 62, -(1L << 62) + 3, max, min};
        long[] divisors = {2, 2, -2, -2, 3, 7, 1000000007, 1000000007};
        for (int i = 0; i < dividends.length; i++) {
            long a = dividends[i];
            long b = divisors[i];
            System.out.println(a + " / " + b + " = " + (a / b) + " rem " + (a % b) + " floorDiv " + Math.floorDiv(a, b) + " floorMod " + Math.floorMod(a, b));
        }
        long one = 1;
        int[] distances = {0, 1, 31, 32, 33, 63, 64, 65, -1, -63, -64, 127};
        for (int d : distances) {
            System.out.println("shift " + d + ": " + (one << d) + " " + (min >> d) + " " + (min >>> d) + " " + (-1234567890123L >> d));
        }
        long shiftByLong = 40L;
        System.out.println((1L << shiftByLong) + " " + (1 << shiftByLong) + " " + (1L << 40) + " " + (1 << 40));
        int intVal = -5;
        long mixed = intVal * 1000000000L;
        long mixedOverflow = intVal * 1000000000;
        System.out.println(mixed + " " + mixedOverflow);
        System.out.println((intVal & 0xffffffffL) + " " + (long) intVal + " " + (intVal >>> 0) + " " + ((long) intVal >>> 32));
        long x = 0x123456789abcdef0L;
        System.out.println(Long.toHexString(x) + " " + Long.toHexString(~x) + " " + Long.toHexString(x >>> 36) + " " + Long.toHexString(x >> 60));
        System.out.println(Long.bitCount(x) + " " + Long.numberOfLeadingZeros(x) + " " + Long.numberOfTrailingZeros(x) + " "
                + Long.highestOneBit(x) + " " + Long.lowestOneBit(x) + " " + Long.reverse(x) + " " + Long.reverseBytes(x) + " "
                + Long.rotateLeft(x, 20) + " " + Long.rotateRight(x, 20) + " " + Long.signum(-x));
        System.out.println((x > 0) + " " + (min < max) + " " + (min == -min) + " " + Long.compare(min, max) + " " + Long.compareUnsigned(min, max));
        System.out.println(Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " " + Long.toUnsignedString(-1L));

        long fib1 = 0;
        long fib2 = 1;
        for (int i = 0; i < 100; i++) {
            long next = fib1 + fib2;
            fib1 = fib2;
            fib2 = next;
        }
        System.out.println("fib wraps to " + fib1);
        long seed = 42;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            sb.append(seed >>> 33).append(' ');
        }
        System.out.println("pcg " + sb);
        long factorial = 1;
        for (int i = 1; i <= 25; i++) {
            factorial *= i;
            if (i >= 19) {
                System.out.println(i + "! = " + factorial);
            }
        }
        long l = 10;
        l += 0.9;
        l *= 2.5;
        l >>= 65;
        System.out.println("compound " + l);
        long counter = 0;
        for (long i = -3000000000L; i < 3000000000L; i += 700000000L) {
            counter += i / 1000;
        }
        System.out.println("loop " + counter);
        try {
            System.out.println(Math.multiplyExact(max, 2L));
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
        try {
            System.out.println(Math.addExact(min, -1L));
        } catch (ArithmeticException e) {
            System.out.println("addExact: " + e.getMessage());
        }
    }
}
