package conformance.string_identity;

/** String literal identity: equal literals (also across classes and from constant expressions) are one object; computed strings are not. */
public class Main {
    static final String FINAL_PART = "sha";
    static String nonFinalPart = "sha";

    public static void main(String[] args) {
        String a = "shared";
        String b = "shared";
        System.out.println("same literal: " + (a == b));
        System.out.println("other class literal: " + (a == Other.literal()));
        System.out.println("other class constant: " + (a == Other.CONSTANT));
        System.out.println("constant concatenation: " + (a == Other.concatenated()));
        System.out.println("final part concatenation: " + (a == FINAL_PART + "red"));
        String runtime = nonFinalPart + "red";
        System.out.println("runtime concatenation: " + (a == runtime) + " equal " + a.equals(runtime));
        System.out.println("intern: " + (a == runtime.intern()));
        String fresh = new String("shared");
        System.out.println("new String: " + (a == fresh) + " equal " + a.equals(fresh));
        System.out.println("new String intern: " + (fresh.intern() == a));
        String built = new StringBuilder("der").reverse().insert(0, "sha").toString();
        System.out.println("builder: " + built + " " + (a == built) + " " + (built.intern() == a));
        String unique = new StringBuilder("only").append("-at-runtime").toString();
        System.out.println("intern new: " + (unique.intern() == unique.intern()) + " " + (unique.intern() == "only-at-runtime"));
        System.out.println("empty literal: " + ("" == "") + " " + ("".length()));
        String empty = "";
        System.out.println("empty concat: " + (empty.concat("") == empty));
        System.out.println("toString: " + (a.toString() == a));
        System.out.println("valueOf: " + (String.valueOf(a) == a));
        String s1 = "x";
        String s2 = "y";
        String[] table = {"x", "y", "x", "z", "y"};
        int sameAsS1 = 0;
        int sameAsS2 = 0;
        for (String t : table) {
            if (t == s1) {
                sameAsS1++;
            }
            if (t == s2) {
                sameAsS2++;
            }
        }
        System.out.println("table: " + sameAsS1 + " " + sameAsS2);
        switch (a) {
            case "shared":
                System.out.println("switch matched");
                break;
            default:
                System.out.println("switch missed");
        }
        final String local = "local";
        String localConcat = local + "!";
        System.out.println("final local constant: " + (localConcat == "local!"));
        System.out.println("unicode escape literal: " + ("\u0041BC" == "ABC"));
    }
}
