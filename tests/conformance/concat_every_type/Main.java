package conformance.concat_every_type;

/** String concatenation and printing of every type: primitives at their limits, null, char[], objects, compound += in loops. */
public class Main {
    static class Thing {
        final int id;

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
        boolean t = true;
        byte b = Byte.MIN_VALUE;
        short s = Short.MIN_VALUE;
        char c = 'Z';
        int i = Integer.MIN_VALUE;
        long l = Long.MIN_VALUE;
        float f = Float.MIN_VALUE;
        double d = -Double.MAX_VALUE;
        String nullString = null;
        Object nullObject = null;
        char[] chars = {'c', 'h', 'a', 'r', 's'};
        Thing thing = new Thing(3);
        System.out.println("all: " + t + b + s + c + i + l + f + d + nullString + nullObject + thing);
        System.out.println(t + "|" + b + "|" + s + "|" + c + "|" + i + "|" + l + "|" + f + "|" + d + "|" + nullString + "|" + nullObject);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 'b' + "|" + 'a' + 'b' + "|" + (char) ('a' + 1) + "|" + ('a' + 1));
        System.out.println(1.0f + "" + 1.0 + "" + 100L + "" + (byte) -1 + "" + (short) 65535 + "" + '\u0041');
        System.out.println("" + Byte.MAX_VALUE + Short.MAX_VALUE + (char) 0x7E + "|" + (int) Character.MAX_VALUE + Integer.MAX_VALUE + Long.MAX_VALUE);
        System.out.println("floats " + Float.MAX_VALUE + " " + Float.MIN_NORMAL + " " + (0.0f / 0) + " " + (-1f / 0) + " " + -0.0f);
        System.out.println("doubles " + Double.MIN_VALUE + " " + Double.MAX_VALUE + " " + (0.0 / 0) + " " + (1 / 0.0) + " " + -0.0 + " " + 1e-10 + " " + 12345678.9);
        System.out.println(chars);
        System.out.println(String.valueOf(chars) + " " + String.valueOf(chars, 1, 3) + " " + new String(chars, 2, 2) + " " + String.copyValueOf(chars));
        StringBuilder sb = new StringBuilder();
        sb.append(chars).append(chars, 0, 2).append(t).append(b).append(s).append(c).append(i).append(l).append(f).append(d)
                .append(nullString).append(nullObject).append(thing).append((CharSequence) null).append((StringBuilder) null);
        System.out.println(sb);
        System.out.println(sb.length() + " " + sb.indexOf("null") + " " + sb.lastIndexOf("null") + " " + sb.charAt(5));
        String acc = "";
        for (int k = 0; k < 5; k++) {
            acc += k;
            acc += ',';
            acc += k * 0.5;
            acc += k % 2 == 0;
            acc += (char) ('A' + k);
            acc += ";";
        }
        System.out.println(acc);
        String n = null;
        n += null;
        n += 'x';
        System.out.println(n);
        Object o = new NullToString();
        System.out.println("nts=" + o);
        System.out.println(String.valueOf(o) + " " + String.valueOf((Object) null) + " " + String.valueOf(t) + String.valueOf(c) + String.valueOf(i)
                + String.valueOf(l) + String.valueOf(f) + String.valueOf(d));
        System.out.print(t);
        System.out.print(b);
        System.out.print(s);
        System.out.print(c);
        System.out.print(i);
        System.out.print(l);
        System.out.print(f);
        System.out.print(d);
        System.out.print(nullString);
        System.out.print(nullObject);
        System.out.print(thing);
        System.out.print(chars);
        System.out.println();
        System.out.println(t);
        System.out.println(b);
        System.out.println(s);
        System.out.println(c);
        System.out.println(i);
        System.out.println(l);
        System.out.println(f);
        System.out.println(d);
        System.out.println(nullString);
        System.out.println(nullObject);
        System.out.println(thing);
        System.out.println();
        System.out.println((Object) "as object");
        System.out.println(Integer.valueOf(-5));
        System.out.println(Boolean.FALSE);
        System.out.println(Character.valueOf('q'));
        System.out.println(Long.valueOf(Long.MAX_VALUE) + Integer.valueOf(1));
        char[] empty = {};
        System.out.println(empty);
        System.out.println("x".repeat(3) + "|" + String.join("-", "a", "b", "c") + "|" + "  trim me ".trim() + "|" + "a,b,,c".indexOf(",,")
                + "|" + "abc".compareTo("abd") + "|" + "b".compareTo("abc") + "|" + "Hello".replace('l', 'L')
                + "|" + "hello".contains("ll") + "|" + "MiXeD".toLowerCase() + "|" + "abc".substring(3).isEmpty() + "|" + " ".isBlank());
    }
}
