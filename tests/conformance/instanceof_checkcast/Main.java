package conformance.instanceof_checkcast;

/** instanceof and checkcast over classes, interfaces, arrays and null; failed casts raise ClassCastException. */
public class Main {
    interface Flier {}
    interface Swimmer {}
    static class Animal {}
    static class Bird extends Animal implements Flier {}
    static class Penguin extends Bird implements Swimmer {}
    static class Fish extends Animal implements Swimmer {}
    static final class Rock {}

    static String classify(Object o) {
        StringBuilder sb = new StringBuilder();
        sb.append(o instanceof Object ? "O" : "-");
        sb.append(o instanceof Animal ? "A" : "-");
        sb.append(o instanceof Bird ? "B" : "-");
        sb.append(o instanceof Penguin ? "P" : "-");
        sb.append(o instanceof Fish ? "F" : "-");
        sb.append(o instanceof Flier ? "l" : "-");
        sb.append(o instanceof Swimmer ? "s" : "-");
        sb.append(o instanceof Rock ? "R" : "-");
        sb.append(o instanceof Object[] ? "[O" : "--");
        sb.append(o instanceof Animal[] ? "[A" : "--");
        sb.append(o instanceof Swimmer[] ? "[s" : "--");
        sb.append(o instanceof int[] ? "[I" : "--");
        sb.append(o instanceof int[][] ? "[[I" : "---");
        sb.append(o instanceof Object[][] ? "[[O" : "---");
        sb.append(o instanceof Cloneable ? "C" : "-");
        sb.append(o instanceof String ? "T" : "-");
        sb.append(o instanceof CharSequence ? "Q" : "-");
        sb.append(o instanceof Comparable ? "M" : "-");
        sb.append(o instanceof Number ? "N" : "-");
        sb.append(o instanceof Integer ? "I" : "-");
        return sb.toString();
    }

    static String tryCast(Object o, String target) {
        try {
            switch (target) {
                case "Animal": { Animal a = (Animal) o; return "ok " + (a != null); }
                case "Bird": { Bird b = (Bird) o; return "ok " + (b != null); }
                case "Swimmer": { Swimmer s = (Swimmer) o; return "ok " + (s != null); }
                case "Flier[]": { Flier[] f = (Flier[]) o; return "ok " + (f != null); }
                case "String": { String s = (String) o; return "ok " + s; }
                case "Integer": { Integer i = (Integer) o; return "ok " + i; }
                case "int[]": { int[] i = (int[]) o; return "ok " + (i != null); }
                case "long[]": { long[] i = (long[]) o; return "ok " + (i != null); }
                default: return "?";
            }
        } catch (ClassCastException e) {
            return "ClassCastException";
        }
    }

    public static void main(String[] args) {
        Object[] samples = {
            new Object(), new Animal(), new Bird(), new Penguin(), new Fish(), new Rock(),
            new Object[1], new Animal[1], new Bird[1], new Penguin[2], new Swimmer[1], new Fish[0],
            new int[3], new int[2][2], new String[1][1], new long[1], "text", 42, 4.5, null,
        };
        for (int i = 0; i < samples.length; i++) {
            System.out.println(i + " " + classify(samples[i]));
        }
        String[] targets = {"Animal", "Bird", "Swimmer", "Flier[]", "String", "Integer", "int[]", "long[]"};
        for (int i = 0; i < samples.length; i++) {
            StringBuilder line = new StringBuilder();
            line.append(i);
            for (String t : targets) {
                line.append(" | ").append(t).append(": ").append(tryCast(samples[i], t));
            }
            System.out.println(line);
        }
        Object[] arr = new Penguin[2];
        Animal[] animals = (Animal[]) arr;
        Flier[] fliers = (Flier[]) arr;
        Swimmer[] swimmers = (Swimmer[]) arr;
        System.out.println(animals.length + fliers.length + swimmers.length);
        Object nothing = null;
        String s = (String) nothing;
        Rock r = (Rock) nothing;
        System.out.println(s == null && r == null);
        int checks = 0;
        Object p = new Penguin();
        for (int i = 0; i < 500; i++) {
            if (p instanceof Swimmer && p instanceof Flier && !(p instanceof Fish)) {
                checks++;
            }
        }
        System.out.println(checks);
    }
}
