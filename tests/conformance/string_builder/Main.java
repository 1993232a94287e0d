package conformance.string_builder;

/** StringBuilder: append of every type, insert, delete, reverse, setCharAt, setLength, indexOf, growth. */
public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(true).append('|').append((byte) -5).append('|').append((short) 300).append('|')
                .append(42).append('|').append(-9000000000L).append('|').append(1.25f).append('|')
                .append(-0.1).append('|').append("str").append('|').append((Object) null).append('|')
                .append((String) null).append('|').append(new char[] {'c', 'h'}).append('|')
                .append(new StringBuilder("nested")).append('|').append(Integer.valueOf(7)).append('|')
                .append(Double.NaN).append('|').append(Float.NEGATIVE_INFINITY);
        System.out.println(sb);
        System.out.println(sb.length());

        StringBuilder edit = new StringBuilder("0123456789");
        edit.insert(0, "start-").insert(edit.length(), "-end").insert(8, 'X').insert(3, 99).insert(2, true);
        System.out.println(edit);
        edit.delete(0, 6);
        System.out.println(edit);
        edit.deleteCharAt(edit.length() - 1);
        System.out.println(edit);
        edit.setCharAt(0, '#');
        System.out.println(edit);
        edit.replace(1, 4, "<replaced>");
        System.out.println(edit);
        System.out.println(edit.indexOf("5") + " " + edit.indexOf("missing") + " " + edit.lastIndexOf("-") + " " + edit.charAt(2));
        System.out.println(edit.substring(3) + " " + edit.substring(1, 5));
        edit.reverse();
        System.out.println(edit);
        edit.setLength(5);
        System.out.println("[" + edit + "]");
        edit.setLength(7);
        System.out.println(edit.length() + " " + (int) edit.charAt(6));
        edit.setLength(0);
        System.out.println("[" + edit + "] " + edit.length());

        StringBuilder big = new StringBuilder(2);
        for (int i = 0; i < 500; i++) {
            big.append(i % 10);
        }
        System.out.println(big.length() + " " + big.substring(490) + " " + big.toString().hashCode());

        StringBuilder surrogate = new StringBuilder("ab");
        surrogate.append('c').reverse();
        System.out.println(surrogate);

        StringBuilder numbers = new StringBuilder();
        for (int i = -3; i <= 3; i++) {
            numbers.append(i * 1111111111).append(',');
        }
        System.out.println(numbers);

        String s = "x";
        for (int i = 0; i < 5; i++) {
            s += i;
            s += ',';
        }
        System.out.println(s);
        CharSequence cs = new StringBuilder("seq");
        System.out.println(cs.length() + " " + cs.charAt(1) + " " + cs.toString());
        StringBuilder a = new StringBuilder("same");
        StringBuilder b = new StringBuilder("same");
        System.out.println(a.equals(b) + " " + a.toString().equals(b.toString()) + " " + a.compareTo(b));
        try {
            new StringBuilder("abc").charAt(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("charAt(5): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new StringBuilder("abc").deleteCharAt(3);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("deleteCharAt(3): " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
