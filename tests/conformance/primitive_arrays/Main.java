package conformance.primitive_arrays;

/** Arrays of every element type: defaults, stores, loads, lengths, wrap-around on narrow types, char[] printing. */
public class Main {
    public static void main(String[] args) {
        boolean[] z = new boolean[4];
        byte[] b = new byte[5];
        char[] c = new char[6];
        short[] s = new short[7];
        int[] i = new int[8];
        long[] l = new long[9];
        float[] f = new float[10];
        double[] d = new double[11];
        String[] str = new String[3];
        System.out.println(z.length + " " + b.length + " " + c.length + " " + s.length + " " + i.length
                + " " + l.length + " " + f.length + " " + d.length + " " + str.length);
        System.out.println(z[3] + " " + b[4] + " " + (int) c[5] + " " + s[6] + " " + i[7] + " " + l[8] + " " + f[9] + " " + d[10] + " " + str[2]);

        for (int k = 0; k < z.length; k++) {
            z[k] = k % 2 == 1;
        }
        for (int k = 0; k < b.length; k++) {
            b[k] = (byte) (k * 100);
        }
        for (int k = 0; k < c.length; k++) {
            c[k] = (char) ('A' + k * 3);
        }
        for (int k = 0; k < s.length; k++) {
            s[k] = (short) (k * 12000);
        }
        for (int k = 0; k < i.length; k++) {
            i[k] = k * 700000000;
        }
        for (int k = 0; k < l.length; k++) {
            l[k] = (long) k * 3000000000000000000L;
        }
        for (int k = 0; k < f.length; k++) {
            f[k] = k / 4.0f;
        }
        for (int k = 0; k < d.length; k++) {
            d[k] = k / 3.0;
        }
        for (int k = 0; k < str.length; k++) {
            str[k] = "s" + k;
        }
        StringBuilder line = new StringBuilder();
        for (boolean v : z) {
            line.append(v).append(' ');
        }
        System.out.println(line);
        line.setLength(0);
        for (byte v : b) {
            line.append(v).append(' ');
        }
        System.out.println(line);
        System.out.println(c);
        line.setLength(0);
        for (short v : s) {
            line.append(v).append(' ');
        }
        System.out.println(line);
        line.setLength(0);
        for (int v : i) {
            line.append(v).append(' ');
        }
        System.out.println(line);
        line.setLength(0);
        for (long v : l) {
            line.append(v).append(' ');
        }
        System.out.println(line);
        line.setLength(0);
        for (float v : f) {
            line.append(v).append(' ');
        }
        System.out.println(line);
        line.setLength(0);
        for (double v : d) {
            line.append(v).append(' ');
        }
        System.out.println(line);
        line.setLength(0);
        for (String v : str) {
            line.append(v).append(' ');
        }
        System.out.println(line);

        // compound assignment on array elements narrows again
        b[1] += 100;
        c[0]++;
        s[2] *= 3;
        i[7] += i[7];
        l[8] <<= 2;
        f[3] /= 0.5f;
        d[9] -= 10;
        System.out.println(b[1] + " " + c[0] + " " + s[2] + " " + i[7] + " " + l[8] + " " + f[3] + " " + d[9]);

        // unsigned reads of bytes and chars
        byte[] raw = {(byte) 0xff, (byte) 0x80, 0x7f, 0};
        int unsigned = 0;
        for (byte v : raw) {
            unsigned = unsigned * 256 + (v & 0xff);
        }
        System.out.println(unsigned);
        char[] word = {'h', 'e', 'l', 'l', 'o'};
        int hash = 0;
        for (char ch : word) {
            hash = 31 * hash + ch;
        }
        System.out.println(hash + " " + "hello".hashCode());
        System.out.println(new String(word, 1, 3));
        System.out.println(String.valueOf(word));

        // zero-length arrays and a big one
        int[] empty = new int[0];
        System.out.println(empty.length);
        long[] big = new long[100000];
        big[99999] = 5;
        long total = 0;
        for (long v : big) {
            total += v;
        }
        System.out.println(total);

        // arraycopy within and between arrays
        int[] seq = new int[10];
        for (int k = 0; k < seq.length; k++) {
            seq[k] = k;
        }
        System.arraycopy(seq, 0, seq, 3, 7);
        line.setLength(0);
        for (int v : seq) {
            line.append(v).append(' ');
        }
        System.out.println(line);
        System.arraycopy(seq, 3, seq, 0, 7);
        line.setLength(0);
        for (int v : seq) {
            line.append(v).append(' ');
        }
        System.out.println(line);
        char[] dst = new char[8];
        System.arraycopy("abcdefgh".toCharArray(), 2, dst, 1, 5);
        dst[0] = '[';
        dst[6] = ']';
        dst[7] = '!';
        System.out.println(dst);
        double[] dd = {1.5, 2.5};
        double[] dd2 = new double[3];
        System.arraycopy(dd, 0, dd2, 1, 2);
        System.out.println(dd2[0] + " " + dd2[1] + " " + dd2[2]);
    }
}
