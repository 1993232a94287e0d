package conformance.string_switch;

/** Switches: on strings (with hash collisions), dense and sparse ints, chars, fall-through, arrow forms and switch expressions. */
public class Main {
    static String command(String s) {
        switch (s) {
            case "start":
                return "starting";
            case "stop":
            case "halt":
                return "stopping";
            case "Aa":
                return "collision Aa";
            case "BB":
                return "collision BB";
            case "AaAa":
                return "collision AaAa";
            case "BBBB":
                return "collision BBBB";
            case "":
                return "empty";
            default:
                return "unknown " + s;
        }
    }

    static int dense(int x) {
        switch (x) {
            case 0: return 100;
            case 1: return 101;
            case 2: return 102;
            case 3: return 103;
            case 4: return 104;
            case 5: return 105;
            case 6: return 106;
            default: return -1;
        }
    }

    static int sparse(int x) {
        switch (x) {
            case -1000000: return 1;
            case -5: return 2;
            case 0: return 3;
            case 17: return 4;
            case 4096: return 5;
            case Integer.MAX_VALUE: return 6;
            case Integer.MIN_VALUE: return 7;
            default: return 0;
        }
    }

    static String fallThrough(int x) {
        StringBuilder sb = new StringBuilder();
        switch (x) {
            case 1:
                sb.append("one ");
            case 2:
                sb.append("two ");
            case 3:
                sb.append("three ");
                break;
            case 4:
                sb.append("four ");
            default:
                sb.append("default ");
        }
        return sb.toString().trim();
    }

    static String kind(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
                return "vowel";
            case ' ':
                return "space";
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                return "digit";
            default:
                return "other";
        }
    }

    static int arrowString(String s) {
        return switch (s) {
            case "one", "uno", "eins" -> 1;
            case "two", "dos" -> 2;
            default -> {
                int n = s.length();
                yield -n;
            }
        };
    }

    static String byteSwitch(byte b) {
        switch (b) {
            case -128: return "min";
            case 127: return "max";
            case 0: return "zero";
            default: return "byte " + b;
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"start", "stop", "halt", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "START", "sto"};
        for (String s : inputs) {
            System.out.println("[" + s + "] hash=" + s.hashCode() + " -> " + command(s));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = -2; i <= 8; i++) {
            sb.append(dense(i)).append(' ');
        }
        System.out.println(sb);
        int[] probes = {-1000000, -5, 0, 17, 4096, Integer.MAX_VALUE, Integer.MIN_VALUE, 18, -4, 1};
        sb.setLength(0);
        for (int p : probes) {
            sb.append(sparse(p)).append(' ');
        }
        System.out.println(sb);
        for (int i = 0; i <= 5; i++) {
            System.out.println(i + ": " + fallThrough(i));
        }
        String text = "hello 2 worlds in 10 seconds";
        int vowels = 0;
        int digits = 0;
        int spaces = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (kind(text.charAt(i))) {
                case "vowel" -> vowels++;
                case "digit" -> digits++;
                case "space" -> spaces++;
                default -> other++;
            }
        }
        System.out.println(vowels + " " + digits + " " + spaces + " " + other);
        for (String s : new String[] {"one", "uno", "eins", "two", "dos", "three", "quatro"}) {
            System.out.print(arrowString(s) + " ");
        }
        System.out.println();
        for (byte b : new byte[] {-128, 127, 0, 5}) {
            System.out.print(byteSwitch(b) + ", ");
        }
        System.out.println();
        String nullString = null;
        try {
            command(nullString);
        } catch (NullPointerException e) {
            System.out.println("switch on null: NullPointerException");
        }
        long total = 0;
        for (int i = 0; i < 2000; i++) {
            total += dense(i % 9) + sparse(i % 20 == 0 ? 4096 : i);
        }
        System.out.println(total);
    }
}
