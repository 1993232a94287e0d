package conformance.strings_basic;

/** The common String methods, with their edge cases and their exceptions. */
public class Main {
    static void show(String label, Object value) {
        System.out.println(label + " = " + value);
    }

    public static void main(String[] args) {
        String s = "Hello, World";
        show("length", s.length());
        show("charAt(7)", s.charAt(7));
        show("isEmpty", s.isEmpty() + " " + "".isEmpty());
        show("substring(7)", s.substring(7));
        show("substring(0,5)", s.substring(0, 5));
        show("substring(12)", "[" + s.substring(12) + "]");
        show("indexOf('o')", s.indexOf('o'));
        show("indexOf('o',5)", s.indexOf('o', 5));
        show("indexOf('z')", s.indexOf('z'));
        show("indexOf(\"World\")", s.indexOf("World"));
        show("indexOf(\"\")", s.indexOf(""));
        show("indexOf(\"l\",-5)", s.indexOf("l", -5));
        show("lastIndexOf('l')", s.lastIndexOf('l'));
        show("lastIndexOf(\"l\",9)", s.lastIndexOf("l", 9));
        show("lastIndexOf(\"o, \")", s.lastIndexOf("o, "));
        show("contains", s.contains("lo, W") + " " + s.contains("low"));
        show("startsWith", s.startsWith("Hell") + " " + s.startsWith("World", 7) + " " + s.startsWith("x"));
        show("endsWith", s.endsWith("rld") + " " + s.endsWith(""));
        show("equals", s.equals("Hello, World") + " " + s.equals("hello, world") + " " + s.equals(null) + " " + s.equals(new StringBuilder(s)));
        show("equalsIgnoreCase", s.equalsIgnoreCase("hELLO, wORLD") + " " + s.equalsIgnoreCase(null));
        show("compareTo", "apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("abcd") + " " + "abc".compareTo("abc") + " " + "Z".compareTo("a"));
        show("compareToIgnoreCase", "ABC".compareToIgnoreCase("abd") + " " + "hello".compareToIgnoreCase("HELLO"));
        show("toUpperCase", s.toUpperCase());
        show("toLowerCase", s.toLowerCase());
        show("trim", "[" + "  \t padded \n ".trim() + "]");
        show("trim empty", "[" + "   ".trim() + "]");
        show("strip", "[" + "  both  ".strip() + "]" + "[" + "  lead".stripLeading() + "]" + "[" + "trail  ".stripTrailing() + "]");
        show("isBlank", "  ".isBlank() + " " + " x ".isBlank());
        show("replace(char)", s.replace('l', 'L'));
        show("replace(seq)", s.replace("l", "[l]"));
        show("replace(seq2)", "aaaa".replace("aa", "b"));
        show("concat", s.concat("!").concat(""));
        show("repeat", "ab".repeat(3) + "|" + "x".repeat(0) + "|");
        show("hashCode", s.hashCode() + " " + "".hashCode() + " " + "polygenelubricants".hashCode());
        show("valueOf", String.valueOf(true) + String.valueOf('c') + String.valueOf(12) + String.valueOf(34L)
                + String.valueOf(1.5f) + String.valueOf(2.5) + String.valueOf((Object) null));
        char[] chars = s.toCharArray();
        chars[0] = 'J';
        show("toCharArray", new String(chars) + " " + s);
        show("valueOf(char[])", String.valueOf(new char[] {'a', 'b', 'c'}));
        show("copyValueOf", String.copyValueOf(new char[] {'a', 'b', 'c', 'd'}, 1, 2));
        show("new String(sb)", new String(new StringBuilder("from builder")));
        show("chars sum", sumChars(s));
        show("String.join", String.join("-", "a", "b", "c"));

        String csv = "alpha,beta,,gamma,";
        int start = 0;
        StringBuilder fields = new StringBuilder();
        while (true) {
            int comma = csv.indexOf(',', start);
            String field = comma < 0 ? csv.substring(start) : csv.substring(start, comma);
            fields.append('<').append(field).append('>');
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        show("fields", fields);

        String palindrome = "A man a plan a canal Panama".replace(" ", "").toLowerCase();
        boolean isPalindrome = true;
        for (int i = 0, j = palindrome.length() - 1; i < j; i++, j--) {
            if (palindrome.charAt(i) != palindrome.charAt(j)) {
                isPalindrome = false;
            }
        }
        show("palindrome", palindrome + " " + isPalindrome);

        try {
            s.charAt(20);
        } catch (StringIndexOutOfBoundsException e) {
            show("charAt(20)", e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            s.substring(5, 2);
        } catch (StringIndexOutOfBoundsException e) {
            show("substring(5,2)", e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            s.substring(-1);
        } catch (IndexOutOfBoundsException e) {
            show("substring(-1)", e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            "abc".repeat(-1);
        } catch (IllegalArgumentException e) {
            show("repeat(-1)", e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static int sumChars(CharSequence cs) {
        int sum = 0;
        for (int i = 0; i < cs.length(); i++) {
            sum += cs.charAt(i);
        }
        return sum;
    }
}
