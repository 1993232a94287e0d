package ariadne.kernel;

/** Words of the boot command line, separated by spaces or tabs. */
public final class CommandLine {

    private CommandLine() {
    }

    /** Whether {@code word} appears in {@code line} as a whole word. */
    public static boolean hasWord(String line, String word) {
        int start = 0;
        while (start < line.length()) {
            int end = start;
            while (end < line.length() && !isSeparator(line.charAt(end))) {
                end++;
            }
            if (end - start == word.length() && line.startsWith(word, start)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t';
    }
}
