package conformance.workload_text_format;

import java.util.ArrayList;
import java.util.HashMap;

/** Workload: a text formatter. Word-wraps a text to several widths with four alignments, and prints a padded word-frequency table. */
public class Main {
    static final String TEXT = "Ariadne gave Theseus a ball of thread so that he could find his way out of the labyrinth "
            + "after slaying the Minotaur. The thread, unwound at the entrance and followed back, turned a maze "
            + "that no one had escaped into a path that could be retraced step by step. In the same spirit a "
            + "compiler that keeps line tables can lead a programmer from a failing instruction back to the "
            + "source line that caused it, and a formatter that is exact about spaces can prove that two "
            + "implementations agree byte for byte.";

    enum Align { LEFT, RIGHT, CENTER, JUSTIFY }

    static ArrayList<String> words(String text) {
        ArrayList<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (current.length() > 0) {
                    words.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            words.add(current.toString());
        }
        return words;
    }

    /** Greedy line breaking; a word longer than the width is split with a hyphen. */
    static ArrayList<ArrayList<String>> lines(ArrayList<String> words, int width) {
        ArrayList<ArrayList<String>> lines = new ArrayList<>();
        ArrayList<String> line = new ArrayList<>();
        int length = 0;
        for (String original : words) {
            String word = original;
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line);
                    line = new ArrayList<>();
                    length = 0;
                }
                ArrayList<String> piece = new ArrayList<>();
                piece.add(word.substring(0, width - 1) + "-");
                lines.add(piece);
                word = word.substring(width - 1);
            }
            int needed = line.isEmpty() ? word.length() : length + 1 + word.length();
            if (needed > width) {
                lines.add(line);
                line = new ArrayList<>();
                needed = word.length();
            }
            line.add(word);
            length = needed;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    static String spaces(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(' ');
        }
        return sb.toString();
    }

    static String render(ArrayList<String> line, int width, Align align, boolean last) {
        StringBuilder joined = new StringBuilder();
        for (String w : line) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(w);
        }
        int slack = width - joined.length();
        switch (align) {
            case RIGHT:
                return spaces(slack) + joined;
            case CENTER:
                return spaces(slack / 2) + joined + spaces(slack - slack / 2);
            case JUSTIFY:
                if (last || line.size() == 1) {
                    return joined + spaces(slack);
                }
                int gaps = line.size() - 1;
                int letters = joined.length() - gaps;
                int total = width - letters;
                StringBuilder sb = new StringBuilder(line.get(0));
                for (int g = 0; g < gaps; g++) {
                    int size = total / gaps + (g < total % gaps ? 1 : 0);
                    sb.append(spaces(size)).append(line.get(g + 1));
                }
                return sb.toString();
            default:
                return joined + spaces(slack);
        }
    }

    static String pad(String s, int width, boolean right) {
        return right ? spaces(width - s.length()) + s : s + spaces(width - s.length());
    }

    public static void main(String[] args) {
        ArrayList<String> words = words(TEXT);
        System.out.println(words.size() + " words");
        int[] widths = {28, 41, 12};
        for (int width : widths) {
            for (Align align : Align.values()) {
                System.out.println("+" + "-".repeat(width) + "+ " + align + " " + width);
                ArrayList<ArrayList<String>> lines = lines(words, width);
                for (int i = 0; i < lines.size(); i++) {
                    System.out.println("|" + render(lines.get(i), width, align, i == lines.size() - 1) + "|");
                }
            }
        }

        HashMap<String, Integer> frequency = new HashMap<>();
        for (String w : words) {
            StringBuilder clean = new StringBuilder();
            for (char c : w.toLowerCase().toCharArray()) {
                if (Character.isLetter(c)) {
                    clean.append(c);
                }
            }
            if (clean.length() > 0) {
                frequency.merge(clean.toString(), 1, Integer::sum);
            }
        }
        ArrayList<String> keys = new ArrayList<>(frequency.keySet());
        keys.sort((a, b) -> frequency.get(a).equals(frequency.get(b)) ? a.compareTo(b) : frequency.get(b) - frequency.get(a));
        int longest = 0;
        for (String k : keys) {
            longest = Math.max(longest, k.length());
        }
        System.out.println(pad("word", longest, false) + " | " + pad("count", 5, true) + " | share");
        System.out.println("-".repeat(longest) + "-+-------+------");
        for (int i = 0; i < 15; i++) {
            String k = keys.get(i);
            int count = frequency.get(k);
            long permille = Math.round(count * 1000.0 / words.size());
            String share = permille / 10 + "." + permille % 10 + "%";
            System.out.println(pad(k, longest, false) + " | " + pad(String.valueOf(count), 5, true) + " | " + pad(share, 5, true) + " " + "#".repeat(count));
        }
        System.out.println(keys.size() + " distinct words");
    }
}
