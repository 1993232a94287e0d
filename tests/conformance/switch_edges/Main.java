package conformance.switch_edges;

/** String switches with colliding hash codes, sparse and dense int switches, char/byte/enum switches, fallthrough, switch expressions. */
public class Main {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    static int strings(String s) {
        switch (s) {
            case "Aa":
                return 1;
            case "BB":
                return 2;
            case "AaAa":
                return 3;
            case "BBBB":
                return 4;
            case "AaBB":
                return 5;
            case "BBAa":
                return 6;
            case "":
                return 7;
            case "polygenelubricants":
                return 8;
            case "GydZG_":
                return 9;
            case "DESIGNING WORKHOUSES":
                return 10;
            default:
                return -1;
        }
    }

    static String sparse(int k) {
        switch (k) {
            case Integer.MIN_VALUE: return "min";
            case -1000000: return "-1e6";
            case -1: return "-1";
            case 0: return "zero";
            case 7: return "seven";
            case 1000: return "thousand";
            case 65536: return "2^16";
            case 1000000007: return "prime";
            case Integer.MAX_VALUE: return "max";
            default: return "other";
        }
    }

    static int dense(int k) {
        int r = 0;
        switch (k) {
            case -3: r += 1;
            case -2: r += 10;
            case -1: r += 100;
                break;
            case 0: r = 5;
            case 1:
            case 2: r += 7;
                break;
            case 3: { r = 33; break; }
            case 4: r = 44;
            case 6: r += 66;
            default: r += 1000;
            case 8: r += 8;
        }
        return r;
    }

    static String chars(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
            case '\u0000': return "nul";
            case '\uffff': return "max";
            case ' ': return "space";
            default: return Character.isDigit(c) ? "digit" : "other";
        }
    }

    static int bytes(byte b) {
        switch (b) {
            case -128: return 1;
            case -1: return 2;
            case 127: return 3;
            default: return 0;
        }
    }

    static String suits(Suit s) {
        switch (s) {
            case HEARTS:
            case DIAMONDS:
                return "red";
            default:
                return "black";
        }
    }

    static int expression(Object o, int k) {
        String key = String.valueOf(o);
        int base = switch (key) {
            case "Aa", "BB" -> 100;
            case "null" -> -100;
            default -> {
                int len = key.length();
                yield len * 2;
            }
        };
        return base + switch (k % 4) {
            case 0 -> 0;
            case 1, -1 -> 1;
            case 2, -2 -> {
                if (k > 0) {
                    yield 20;
                }
                yield -20;
            }
            default -> 3;
        };
    }

    public static void main(String[] args) {
        System.out.println("Aa".hashCode() + " " + "BB".hashCode() + " " + "AaAa".hashCode() + " " + "BBBB".hashCode()
                + " " + "polygenelubricants".hashCode() + " " + "GydZG_".hashCode() + " " + "DESIGNING WORKHOUSES".hashCode());
        String[] keys = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "polygenelubricants", "GydZG_", "DESIGNING WORKHOUSES",
                "AaAaAa", "aa", "C#", "Ab", "BC"};
        StringBuilder sb = new StringBuilder();
        for (String k : keys) {
            sb.append(strings(k)).append(',');
        }
        System.out.println(sb);
        int[] ints = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1000000, -1, 0, 1, 7, 999, 1000, 65536, 65537, 1000000007, Integer.MAX_VALUE, -2};
        for (int k : ints) {
            System.out.print(sparse(k) + " ");
        }
        System.out.println();
        for (int k = -5; k <= 10; k++) {
            System.out.print(dense(k) + " ");
        }
        System.out.println();
        for (char c : "ai z\u0000\uffff9x".toCharArray()) {
            System.out.print(chars(c) + " ");
        }
        System.out.println();
        System.out.println(bytes((byte) 128) + " " + bytes((byte) 255) + " " + bytes((byte) 127) + " " + bytes((byte) 0) + " " + bytes((byte) 383));
        for (Suit s : Suit.values()) {
            System.out.print(s + "=" + suits(s) + " ");
        }
        System.out.println();
        Object[] objs = {"Aa", "BB", null, "hello", 12345};
        for (int i = 0; i < objs.length; i++) {
            System.out.print(expression(objs[i], i * 3 - 6) + " ");
        }
        System.out.println();
        long total = 0;
        for (int i = -300; i < 300; i++) {
            switch (i & 0xF) {
                case 0: total += i; break;
                case 3: total -= 2 * i; break;
                case 9: total ^= i; break;
                case 15: total *= 3; break;
                default: total++;
            }
            switch (i / 50) {
                case -5: total += 5; break;
                case 2: total -= 7; break;
                case 5: total += 11;
                default: break;
            }
        }
        System.out.println(total);
        String s = "BB";
        switch (s) {
            case "Aa":
                System.out.println("wrong: Aa");
            case "BB":
                System.out.println("BB falls");
            case "C":
                System.out.println("into C");
                break;
            default:
                System.out.println("not here");
        }
    }
}
