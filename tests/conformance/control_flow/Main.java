package conformance.control_flow;

/** Loops, labelled break/continue, short-circuit logic, the conditional operator, recursion and deep call chains. */
public class Main {
    static int calls;

    static boolean check(boolean value, String name) {
        calls++;
        System.out.print(name + " ");
        return value;
    }

    static int ackermann(int m, int n) {
        if (m == 0) {
            return n + 1;
        }
        if (n == 0) {
            return ackermann(m - 1, 1);
        }
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static int manyArguments(int a, long b, double c, float d, char e, byte f, short g, boolean h, String i, int j, long k, double l) {
        return (int) (a + b + c + d + e + f + g + (h ? 1 : 0) + i.length() + j + k + l);
    }

    public static void main(String[] args) {
        boolean r1 = check(false, "a") && check(true, "b");
        boolean r2 = check(true, "c") || check(false, "d");
        boolean r3 = check(false, "e") & check(true, "f");
        boolean r4 = check(true, "g") | check(false, "h");
        boolean r5 = check(true, "i") ^ check(true, "j");
        System.out.println("-> " + r1 + " " + r2 + " " + r3 + " " + r4 + " " + r5 + " calls " + calls);

        StringBuilder primes = new StringBuilder();
        outer:
        for (int n = 2; n < 60; n++) {
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) {
                    continue outer;
                }
            }
            primes.append(n).append(' ');
        }
        System.out.println(primes);

        int found = -1;
        search:
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                if (i * j == 42) {
                    found = i * 10 + j;
                    break search;
                }
            }
        }
        System.out.println("found " + found);

        int n = 27;
        int steps = 0;
        do {
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
            steps++;
        } while (n != 1);
        System.out.println("collatz steps " + steps);

        int w = 0;
        while (true) {
            w += 7;
            if (w > 100) {
                break;
            }
        }
        System.out.println("while " + w);

        block:
        {
            if (w > 50) {
                System.out.println("leaving block early");
                break block;
            }
            System.out.println("not printed");
        }

        int x = 5;
        String sign = x > 0 ? "positive" : x < 0 ? "negative" : "zero";
        System.out.println(sign + " " + (x > 3 ? x * 2 : x / 2) + " " + (x == 5 ? 1.5 : 2));

        System.out.println("ackermann(2,3) " + ackermann(2, 3) + " ackermann(3,3) " + ackermann(3, 3));
        System.out.println("gcd " + gcd(1071, 462) + " " + gcd(1L << 40, 6L << 20));
        System.out.println("depth " + depth(1000));
        System.out.println("even/odd " + isEven(100) + " " + isOdd(77) + " " + isEven(7));
        System.out.println("many arguments " + manyArguments(1, 2L, 3.5, 4.5f, 'A', (byte) 6, (short) 7, true, "nine", 10, 11L, 12.0));

        int sum = 0;
        for (int i = 0, j = 10; i < j; i += 2, j--) {
            sum += i * j;
        }
        System.out.println("two-variable loop " + sum);
        long countdown = 0;
        for (long i = 10; i-- > 0;) {
            countdown += i;
        }
        System.out.println("countdown " + countdown);
        int[] data = {5, 3, 8, 1};
        int max = Integer.MIN_VALUE;
        for (int v : data) {
            max = Math.max(max, v);
        }
        System.out.println("max " + max);
        int nestedTernary = 0;
        for (int i = -3; i <= 3; i++) {
            nestedTernary += i < 0 ? -1 : i == 0 ? 100 : 1;
        }
        System.out.println("nested ternary " + nestedTernary);
        boolean flag = false;
        flag |= true;
        flag &= !flag;
        flag ^= true;
        System.out.println("flag " + flag);
    }
}
