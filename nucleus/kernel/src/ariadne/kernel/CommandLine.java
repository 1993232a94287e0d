package ariadne.kernel;

/** Words of the boot command line, separated by spaces or tabs. */
public final class CommandLine {

    private CommandLine() {
    }

    /** Whether {@code word} appears in {@code line} as a whole word. */
    public static boolean hasWord(String line, String word) {
        return indexOfWord(words(line), word) >= 0;
    }

    /** The words after the first {@code word}, or none if it does not appear. */
    public static String[] wordsAfter(String line, String word) {
        String[] all = words(line);
        int index = indexOfWord(all, word);
        int count = index < 0 ? 0 : all.length - index - 1;
        String[] after = new String[count];
        System.arraycopy(all, all.length - count, after, 0, count);
        return after;
    }

    /** The words of {@code line}, in order. */
    public static String[] words(String line) {
        String[] words = new String[countWords(line)];
        int count = 0;
        int start = 0;
        while (start < line.length()) {
            int end = endOfWord(line, start);
            if (end > start) {
                words[count] = line.substring(start, end);
                count++;
            }
            start = end + 1;
        }
        return words;
    }

    private static int countWords(String line) {
        int count = 0;
        int start = 0;
        while (start < line.length()) {
            int end = endOfWord(line, start);
            if (end > start) {
                count++;
            }
            start = end + 1;
        }
        return count;
    }

    private static int endOfWord(String line, int start) {
        int end = start;
        while (end < line.length() && !isSeparator(line.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int indexOfWord(String[] words, String word) {
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(word)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t';
    }
}
