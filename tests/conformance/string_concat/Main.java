package conformance.string_concat;

/** String concatenation with every operand type, null, objects, constants and += in loops. */
public class Main {
    static class Thing {
        private final int id;

        Thing(int id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return "Thing#" + id;
        }
    }

    static class NullToString {
        @Override
        public String toString() {
            return null;
        }
    }

    public static void main(String[] args) {
        boolean z = false;
        byte b = -128;
        char c = 'Q';
        short s = -32768;
        int i = Integer.MIN_VALUE;
        long l = Long.MIN_VALUE;
        float f = 3.4028235e38f;
        double d = 4.9e-324;
        String str = null;
        Object o = null;
        Thing t = new Thing(5);
        System.out.println("z=" + z + " b=" + b + " c=" + c + " s=" + s);
        System.out.println("i=" + i + " l=" + l + " f=" + f + " d=" + d);
        System.out.println("str=" + str + " o=" + o + " t=" + t);
        System.out.println(1 + 2 + "=" + 1 + 2);
        System.out.println('a' + 'b' + "|" + 'a' + 'b');
        System.out.println("" + c + 1);
        System.out.println(c + 1 + "");
        System.out.println((char) (c + 1) + "");
        System.out.println("nullToString " + new NullToString());
        String acc = "";
        for (int k = 0; k < 6; k++) {
            acc += k % 2 == 0 ? k : "-";
        }
        System.out.println(acc);
        String sNull = null;
        sNull += "!";
        System.out.println(sNull);
        String nested = "outer(" + ("inner(" + 1.0f / 3 + ")") + ")";
        System.out.println(nested);
        Integer boxed = 128;
        Long boxedLong = -1L;
        Character boxedChar = 'x';
        Boolean boxedBool = true;
        Double boxedDouble = 1e100;
        System.out.println(boxed + " " + boxedLong + " " + boxedChar + " " + boxedBool + " " + boxedDouble);
        System.out.println(boxed + boxedLong + "!");
        StringBuilder sb = new StringBuilder("builder");
        System.out.println("sb=" + sb);
        int[] counts = {1, 2, 3};
        System.out.println("counts[1]=" + counts[1] + " length=" + counts.length);
        long big = 1L << 40;
        System.out.println("shift " + big + " " + (big >> 3) + " " + (-big >>> 60));
        System.out.println("mix " + 0.1f + 0.2 + " " + (0.1f + 0.2) + " " + (0.1 + 0.2));
        final String constant = "con" + "stant" + 1 + 'c' + 2L + true + 1.5;
        System.out.println(constant);
        System.out.println("escapes \t tab \\ backslash \" quote");
        String many = "a" + 1 + "b" + 2L + "c" + 3.0f + "d" + 4.0 + "e" + 'f' + "g" + true + "h" + null + "i" + t + "j" + (byte) 9 + (short) 10;
        System.out.println(many);
    }
}
