package ariadne.loader;

/** The loader's words on the kernel command line: {@code swap NAME}. */
final class BootCommands {
    static final String SWAP = "swap";

    private BootCommands() {
    }

    /** The space-separated words of {@code line}. */
    static String[] words(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != ' ' && (i == 0 || line.charAt(i - 1) == ' ')) {
                count++;
            }
        }
        String[] words = new String[count];
        int w = 0;
        int i = 0;
        while (w < count) {
            while (line.charAt(i) == ' ') {
                i++;
            }
            int end = line.indexOf(' ', i);
            end = end < 0 ? line.length() : end;
            words[w++] = line.substring(i, end);
            i = end;
        }
        return words;
    }
}
