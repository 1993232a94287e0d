package conformance.bytecode_shapes;

/**
 * Source shapes that make javac emit the less common stack bytecodes (dup_x1, dup_x2, dup2,
 * dup2_x1, dup2_x2, pop2, swap-like sequences, iinc with wide operands), with long and double
 * values in fields, statics and array elements.
 */
public class Main {
    long longField = 10;
    double doubleField = 2.5;
    int intField = 3;
    static long staticLong = 100;
    static double staticDouble = 0.5;

    static long sideEffects;

    static long tick() {
        sideEffects++;
        return sideEffects;
    }

    static double half(double d) {
        return d / 2;
    }

    public static void main(String[] args) {
        Main m = new Main();
        long a = m.longField++;
        long b = ++m.longField;
        double c = m.doubleField--;
        double d = --m.doubleField;
        int e = m.intField++ + ++m.intField;
        System.out.println(a + " " + b + " " + c + " " + d + " " + e + " | " + m.longField + " " + m.doubleField + " " + m.intField);

        long s1 = staticLong++;
        double s2 = staticDouble++;
        long s3 = staticLong += 5;
        double s4 = staticDouble *= 3;
        System.out.println(s1 + " " + s2 + " " + s3 + " " + s4 + " | " + staticLong + " " + staticDouble);

        long[] longs = {1, 2, 3};
        double[] doubles = {1.5, 2.5};
        int i = 0;
        long l1 = longs[i++]++;
        long l2 = ++longs[i];
        long l3 = longs[2] += longs[0] * 10;
        double d1 = doubles[0]++;
        double d2 = doubles[1] -= 0.25;
        System.out.println(l1 + " " + l2 + " " + l3 + " " + d1 + " " + d2 + " | " + longs[0] + " " + longs[1] + " " + longs[2] + " " + doubles[0] + " " + doubles[1] + " i=" + i);

        long x;
        long y;
        long z;
        x = y = z = tick() * 7;
        double p;
        double q;
        p = q = half(9);
        int[] ints = new int[3];
        int j;
        ints[0] = ints[1] = j = 42;
        System.out.println(x + " " + y + " " + z + " " + p + " " + q + " " + ints[0] + " " + ints[1] + " " + j);

        m.longField = m.longField * 2 + (staticLong = 7);
        m.doubleField = (m.doubleField = 4) + m.doubleField;
        System.out.println(m.longField + " " + staticLong + " " + m.doubleField);

        tick();
        half(3);
        long unusedLong = tick();
        System.out.println("side effects " + sideEffects + " " + unusedLong);

        int wide = 0;
        for (int k = 0; k < 10; k++) {
            wide += 1000;
            wide -= 129;
            wide += 32767;
        }
        System.out.println("wide iinc " + wide);
        char ch = 'a';
        ch += 1;
        short sh = 10;
        sh *= sh;
        byte by = 1;
        by <<= 7;
        System.out.println(ch + " " + sh + " " + by);

        long[][] grid = new long[2][2];
        grid[1][1] += 5;
        grid[1][1] <<= 3;
        grid[0][1] = grid[1][1]--;
        System.out.println(grid[0][1] + " " + grid[1][1]);

        Object[] objects = new Object[2];
        Object o = objects[1] = objects[0] = "shared";
        System.out.println(o + " " + (objects[0] == objects[1]));

        long big = Long.MAX_VALUE;
        double mixed = big + 1.0f + (double) intFrom(big);
        System.out.println("mixed " + mixed);
        boolean t = true;
        long chosen = t ? 1L : 2;
        double chosenD = !t ? 1 : 2.5;
        System.out.println(chosen + " " + chosenD);
    }

    static int intFrom(long v) {
        return (int) (v >>> 33);
    }
}
