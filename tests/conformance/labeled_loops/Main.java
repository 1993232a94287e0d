package conformance.labeled_loops;

/** Labeled break and continue across nested loops, labeled blocks, do-while and loops with side-effecting conditions. */
public class Main {
    static int calls;

    static boolean check(int v) {
        calls++;
        return v < 5;
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        outer:
        for (int i = 0; i < 6; i++) {
            inner:
            for (int j = 0; j < 6; j++) {
                if (j == i) {
                    continue outer;
                }
                if (i + j == 7) {
                    break inner;
                }
                if (i * j == 8) {
                    break outer;
                }
                sb.append(i).append(j).append(' ');
            }
            sb.append("| ");
        }
        System.out.println(sb);

        StringBuilder primes = new StringBuilder();
        candidates:
        for (int n = 2; n < 60; n++) {
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) {
                    continue candidates;
                }
            }
            primes.append(n).append(',');
        }
        System.out.println(primes);

        int result;
        block:
        {
            for (int i = 0; i < 10; i++) {
                if (i * i > 30) {
                    result = i;
                    break block;
                }
            }
            result = -1;
        }
        System.out.println(result);

        int k = 10;
        do {
            k -= 3;
            if (k == 4) {
                continue;
            }
            System.out.print(k + " ");
        } while (k > 0);
        System.out.println();

        int v = 0;
        while (check(v++)) {
            if (v == 2) {
                continue;
            }
            System.out.print("v" + v + " ");
        }
        System.out.println("calls=" + calls + " v=" + v);

        int count = 0;
        a:
        for (int x = 0; x < 4; x++) {
            b:
            for (int y = 0; y < 4; y++) {
                c:
                for (int z = 0; z < 4; z++) {
                    count++;
                    switch ((x + y + z) % 5) {
                        case 0:
                            continue c;
                        case 1:
                            continue b;
                        case 2:
                            if (x == 3) {
                                break a;
                            }
                            break;
                        case 3:
                            break b;
                        default:
                            break c;
                    }
                    count += 100;
                }
                count += 1000;
            }
        }
        System.out.println(count);

        int n = 0;
        for (int i = 0, j = 10; i < j; i += 2, j--) {
            n = n * 10 + (j - i);
        }
        System.out.println(n);

        long steps = 0;
        for (long x = 27; x != 1; x = (x % 2 == 0) ? x / 2 : 3 * x + 1) {
            steps++;
        }
        System.out.println("collatz 27 " + steps);

        int[][] grid = {{1, 2, 3}, {4, -5, 6}, {7, 8, -9}};
        int firstNegRow = -1;
        int firstNegCol = -1;
        scan:
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] < 0) {
                    firstNegRow = r;
                    firstNegCol = c;
                    break scan;
                }
            }
        }
        System.out.println(firstNegRow + "," + firstNegCol);
        for (;;) {
            if (++n > 100000) {
                break;
            }
            n *= 3;
        }
        System.out.println(n);
    }
}
