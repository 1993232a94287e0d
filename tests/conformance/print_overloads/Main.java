package conformance.print_overloads;

/** Every PrintStream print/println overload: each primitive type, char[], String, Object, null, and empty println. */
public class Main {
    static final class Shown {
        @Override
        public String toString() {
            return "Shown.toString";
        }
    }

    public static void main(String[] args) {
        System.out.print(true);
        System.out.print(' ');
        System.out.print(false);
        System.out.println();
        System.out.print('x');
        System.out.print((char) 65);
        System.out.println('!');
        System.out.print((byte) -12);
        System.out.print(',');
        System.out.print((short) 32000);
        System.out.print(',');
        System.out.print(0);
        System.out.print(',');
        System.out.print(-2147483648);
        System.out.print(',');
        System.out.println(2147483647);
        System.out.print(0L);
        System.out.print(',');
        System.out.print(Long.MIN_VALUE);
        System.out.print(',');
        System.out.println(Long.MAX_VALUE);
        System.out.print(0.0f);
        System.out.print(',');
        System.out.print(-1.5f);
        System.out.print(',');
        System.out.print(Float.NaN);
        System.out.print(',');
        System.out.println(1.0e-10f);
        System.out.print(-0.0);
        System.out.print(',');
        System.out.print(123456.789);
        System.out.print(',');
        System.out.print(Double.NEGATIVE_INFINITY);
        System.out.print(',');
        System.out.println(1e100);
        System.out.print(new char[] {'c', 'h', 'a', 'r', 's'});
        System.out.println(new char[] {'[', ']'});
        System.out.println(new char[0]);
        System.out.print("string");
        System.out.println(" and more");
        System.out.println("");
        System.out.print((String) null);
        System.out.print(' ');
        System.out.print((Object) null);
        System.out.println();
        System.out.println((String) null);
        System.out.println((Object) null);
        System.out.print(new Shown());
        System.out.println(new Shown());
        System.out.println((Object) "object that is a string");
        System.out.println(Integer.valueOf(77));
        System.out.println(new StringBuilder("builder"));
        System.out.println("tab\there");
        System.out.println("two\nlines");
        System.out.print("no newline at the end of this print, then println of true: ");
        System.out.println(true);
        for (int i = 0; i < 5; i++) {
            System.out.print(i);
            System.out.print(i < 4 ? "-" : "\n");
        }
        char[] nothing = null;
        try {
            System.out.print(nothing);
        } catch (NullPointerException e) {
            System.out.println("print((char[]) null): NullPointerException");
        }
        System.out.flush();
        System.out.println("end");
    }
}
