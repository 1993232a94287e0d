package conformance.array_clone;

/** clone() of arrays of every type: a new array, same contents, independent of the original; multi-dim clones are shallow. */
public class Main {
    static class Cell {
        int value;

        Cell(int value) {
            this.value = value;
        }
    }

    public static void main(String[] args) {
        boolean[] z = {true, false, true};
        byte[] b = {1, -2, 3};
        char[] c = {'x', 'y', 'z'};
        short[] s = {-300, 300};
        int[] i = {1, 2, 3, 4};
        long[] l = {Long.MAX_VALUE, Long.MIN_VALUE};
        float[] f = {0.5f, -1.25f};
        double[] d = {Math.PI, -0.0};
        String[] str = {"one", "two"};

        boolean[] z2 = z.clone();
        byte[] b2 = b.clone();
        char[] c2 = c.clone();
        short[] s2 = s.clone();
        int[] i2 = i.clone();
        long[] l2 = l.clone();
        float[] f2 = f.clone();
        double[] d2 = d.clone();
        String[] str2 = str.clone();

        System.out.println((z != z2) + " " + (b != b2) + " " + (c != c2) + " " + (s != s2) + " " + (i != i2)
                + " " + (l != l2) + " " + (f != f2) + " " + (d != d2) + " " + (str != str2));
        System.out.println(z2.length + " " + b2.length + " " + c2.length + " " + s2.length + " " + i2.length
                + " " + l2.length + " " + f2.length + " " + d2.length + " " + str2.length);

        z2[0] = false;
        b2[0] = 99;
        c2[0] = 'w';
        s2[0] = 7;
        i2[0] = 100;
        l2[0] = 0;
        f2[0] = 9f;
        d2[0] = 9.0;
        str2[0] = "changed";
        System.out.println(z[0] + " " + b[0] + " " + c[0] + " " + s[0] + " " + i[0] + " " + l[0] + " " + f[0] + " " + d[0] + " " + str[0]);
        System.out.println(z2[0] + " " + b2[0] + " " + c2[0] + " " + s2[0] + " " + i2[0] + " " + l2[0] + " " + f2[0] + " " + d2[0] + " " + str2[0]);
        System.out.println(z2[2] + " " + b2[2] + " " + c2[2] + " " + s2[1] + " " + i2[3] + " " + l2[1] + " " + f2[1] + " " + d2[1] + " " + str2[1]);
        System.out.println(str[1] == str2[1]);

        Cell[] cells = {new Cell(1), new Cell(2)};
        Cell[] cells2 = cells.clone();
        cells2[0].value = 10;
        cells2[1] = new Cell(20);
        System.out.println(cells[0].value + " " + cells[1].value + " " + cells2[0].value + " " + cells2[1].value);

        int[][] grid = {{1, 2}, {3, 4}};
        int[][] shallow = grid.clone();
        shallow[0][0] = 50;
        shallow[1] = new int[] {7, 8};
        System.out.println(grid[0][0] + " " + grid[1][0] + " " + shallow[1][0] + " " + (grid[0] == shallow[0]));

        Object o = i.clone();
        System.out.println(o instanceof int[]);
        System.out.println(o.getClass().getName());
        Object[] objs = str.clone();
        System.out.println(objs.getClass().getName());
        System.out.println(objs instanceof String[]);

        int[] empty = new int[0];
        int[] emptyClone = empty.clone();
        System.out.println(emptyClone.length + " " + (empty != emptyClone));

        long sum = 0;
        int[] work = new int[64];
        for (int k = 0; k < work.length; k++) {
            work[k] = k * k;
        }
        for (int round = 0; round < 50; round++) {
            int[] copy = work.clone();
            copy[round] = -1;
            for (int v : copy) {
                sum += v;
            }
        }
        System.out.println(sum);
    }
}
