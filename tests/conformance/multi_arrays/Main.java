package conformance.multi_arrays;

/** Multi-dimensional arrays: multianewarray, jagged and partially allocated arrays, 3D, arrays of objects. */
public class Main {
    static String row(int[] r) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < r.length; k++) {
            if (k > 0) {
                sb.append(',');
            }
            sb.append(r[k]);
        }
        return sb.append(']').toString();
    }

    static int[][] multiply(int[][] a, int[][] b) {
        int n = a.length;
        int m = b[0].length;
        int inner = b.length;
        int[][] c = new int[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int sum = 0;
                for (int k = 0; k < inner; k++) {
                    sum += a[i][k] * b[k][j];
                }
                c[i][j] = sum;
            }
        }
        return c;
    }

    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        System.out.println(grid.length + " " + grid[0].length + " " + grid[2][3]);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                grid[i][j] = i * 10 + j;
            }
        }
        for (int[] r : grid) {
            System.out.println(row(r));
        }

        int[][] jagged = new int[5][];
        System.out.println(jagged[0] == null);
        for (int i = 0; i < jagged.length; i++) {
            jagged[i] = new int[i + 1];
            jagged[i][0] = 1;
            jagged[i][i] = 1;
            for (int j = 1; j < i; j++) {
                jagged[i][j] = jagged[i - 1][j - 1] + jagged[i - 1][j];
            }
        }
        for (int[] r : jagged) {
            System.out.println(row(r));
        }

        long[][][] cube = new long[2][3][4];
        long counter = 0;
        for (long[][] plane : cube) {
            for (long[] line : plane) {
                for (int k = 0; k < line.length; k++) {
                    line[k] = counter++ * 1000000007L;
                }
            }
        }
        System.out.println(cube[1][2][3] + " " + cube[0][1][2] + " " + cube.length + cube[0].length + cube[0][0].length);

        double[][][] partial = new double[2][2][];
        System.out.println(partial[1][1] == null);
        partial[1][1] = new double[] {0.5, 0.25};
        System.out.println(partial[1][1][0] + partial[1][1][1]);

        String[][] names = {{"a", "b"}, {"c"}, {}};
        StringBuilder sb = new StringBuilder();
        for (String[] r : names) {
            sb.append(r.length).append(':');
            for (String n : r) {
                sb.append(n);
            }
            sb.append(' ');
        }
        System.out.println(sb);

        char[][] board = new char[3][3];
        for (char[] r : board) {
            for (int k = 0; k < r.length; k++) {
                r[k] = '.';
            }
        }
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] r : board) {
            System.out.println(r);
        }

        int[][] a = {{1, 2}, {3, 4}, {5, 6}};
        int[][] b = {{7, 8, 9}, {10, 11, 12}};
        for (int[] r : multiply(a, b)) {
            System.out.println(row(r));
        }

        boolean[][] flags = new boolean[2][3];
        flags[1][2] = true;
        System.out.println(flags[1][2] + " " + flags[0][0]);
        byte[][] bytes = new byte[2][2];
        bytes[0][1] = (byte) 300;
        System.out.println(bytes[0][1]);

        Object[][] objects = new Integer[2][2];
        objects[0][0] = 7;
        System.out.println(objects[0][0] + " " + objects[1][1]);
        Object o = new int[2][3][4];
        System.out.println(o instanceof int[][][]);
        System.out.println(o instanceof Object[]);
        int[][][] back = (int[][][]) o;
        System.out.println(back[1][2].length);

        int[][] zero = new int[0][5];
        System.out.println(zero.length);
        int[][] rowsOfNothing = new int[3][0];
        System.out.println(rowsOfNothing[2].length);
    }
}
