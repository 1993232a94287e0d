package conformance.character_lib;

/** java.lang.Character classification and case mapping over ASCII and Latin-1 (results printed as numbers, output stays ASCII). */
public class Main {
    public static void main(String[] args) {
        StringBuilder header = new StringBuilder();
        header.append("code D L LD W U l A S cu cl digit");
        System.out.println(header);
        for (int c = 0; c < 256; c++) {
            char ch = (char) c;
            boolean interesting = c < 128 || Character.isLetter(ch) || Character.isWhitespace(ch) || Character.isSpaceChar(ch) || Character.isDigit(ch);
            if (!interesting) {
                continue;
            }
            String line = c
                    + " " + flag(Character.isDigit(ch))
                    + " " + flag(Character.isLetter(ch))
                    + " " + flag(Character.isLetterOrDigit(ch))
                    + " " + flag(Character.isWhitespace(ch))
                    + " " + flag(Character.isUpperCase(ch))
                    + " " + flag(Character.isLowerCase(ch))
                    + " " + flag(Character.isAlphabetic(c))
                    + " " + flag(Character.isSpaceChar(ch))
                    + " " + (int) Character.toUpperCase(ch)
                    + " " + (int) Character.toLowerCase(ch)
                    + " " + Character.digit(ch, 36);
            System.out.println(line);
        }
        System.out.println(Character.isJavaIdentifierStart('_') + " " + Character.isJavaIdentifierStart('1') + " " + Character.isJavaIdentifierPart('1') + " " + Character.isJavaIdentifierPart('-'));
        System.out.println(Character.toString(65) + Character.valueOf('b') + Character.toChars(99)[0] + " " + Character.MIN_RADIX + " " + Character.MAX_RADIX);
        System.out.println(Character.isSurrogate('\ud800') + " " + Character.isHighSurrogate('\ud800') + " " + Character.isLowSurrogate('\udc00') + " " + Character.charCount(0x1F600) + " " + Character.isISOControl('\n'));
        System.out.println(Character.toUpperCase((int) 'q') + " " + Character.toLowerCase((int) 'Q') + " " + Character.isDigit((int) '5') + " " + Character.isLetter((int) '!'));
        String mixed = "Hello World 123 _x-Y!";
        StringBuilder swapped = new StringBuilder();
        for (int i = 0; i < mixed.length(); i++) {
            char c = mixed.charAt(i);
            swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        System.out.println(swapped);
        System.out.println(Character.reverseBytes('a') + 0 + " " + Character.hashCode('z') + " " + Character.compare('b', 'a'));
    }

    static char flag(boolean b) {
        return b ? 'y' : '.';
    }
}
