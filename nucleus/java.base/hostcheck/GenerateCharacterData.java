import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Writes java/lang/CharacterData.java: the Unicode properties the dialect's Character needs,
 * read from the host JDK (the oracle) as compact range tables. Run by hand when the target
 * JDK's Unicode version changes:  java GenerateCharacterData.java ../src/java/lang/CharacterData.java
 * Every number is stored as two chars of 15 bits (value + OFFSET), so no table holds a surrogate.
 */
public final class GenerateCharacterData {

    private static final int OFFSET = 0x200000;
    private static final int LAST = Character.MAX_CODE_POINT;

    public static void main(String[] args) throws IOException {
        StringBuilder java = new StringBuilder();
        java.append("package java.lang;\n\n")
            .append("/**\n")
            .append(" * Unicode ").append("properties for Character and String, generated from JDK ")
            .append(Runtime.version().feature()).append(" by\n")
            .append(" * nucleus/java.base/hostcheck/GenerateCharacterData.java; do not edit. Each number is two chars\n")
            .append(" * of 15 bits holding value + 0x200000 (see CharacterTables).\n")
            .append(" */\n")
            .append("final class CharacterData {\n\n")
            .append("    private CharacterData() {\n    }\n");
        ranges(java, "LETTER", Character::isLetter);
        ranges(java, "UPPERCASE", Character::isUpperCase);
        ranges(java, "LOWERCASE", Character::isLowerCase);
        ranges(java, "TITLECASE", Character::isTitleCase);
        ranges(java, "ALPHABETIC", Character::isAlphabetic);
        ranges(java, "DIGIT", Character::isDigit);
        ranges(java, "JAVA_IDENTIFIER_START", Character::isJavaIdentifierStart);
        ranges(java, "JAVA_IDENTIFIER_PART", Character::isJavaIdentifierPart);
        ranges(java, "IDENTIFIER_IGNORABLE", Character::isIdentifierIgnorable);
        ranges(java, "DEFINED", Character::isDefined);
        mapping(java, "TO_UPPER", Character::toUpperCase);
        mapping(java, "TO_LOWER", Character::toLowerCase);
        mapping(java, "TO_TITLE", Character::toTitleCase);
        numeric(java);
        special(java, "SPECIAL_UPPER", true);
        special(java, "SPECIAL_LOWER", false);
        java.append("}\n");
        Files.writeString(Path.of(args[0]), java, StandardCharsets.UTF_8);
    }

    /** Sorted boundaries: [b0, b1), [b2, b3), ... hold the property. */
    private static void ranges(StringBuilder java, String name, IntPredicate property) {
        List<Integer> bounds = new ArrayList<>();
        boolean inside = false;
        for (int c = 0; c <= LAST + 1; c++) {
            boolean has = c <= LAST && property.test(c);
            if (has != inside) {
                bounds.add(c);
                inside = has;
            }
        }
        table(java, name, "boundaries of code point ranges", bounds);
    }

    /**
     * Runs (start, end, delta, stride): cp in [start, end) with (cp - start) % stride == 0 maps
     * to cp + delta; every other code point maps to itself.
     */
    private static void mapping(StringBuilder java, String name, IntUnaryOperator map) {
        List<Integer> runs = new ArrayList<>();
        int c = 0;
        while (c <= LAST) {
            int delta = map.applyAsInt(c) - c;
            if (delta == 0) {
                c++;
                continue;
            }
            int stride = (c + 2 <= LAST && map.applyAsInt(c + 1) == c + 1 && map.applyAsInt(c + 2) - (c + 2) == delta) ? 2 : 1;
            int end = c + stride;
            while (end <= LAST && map.applyAsInt(end) - end == delta
                    && (stride == 1 || map.applyAsInt(end - 1) == end - 1)) {
                end += stride;
            }
            runs.add(c);
            runs.add(end - stride + 1);
            runs.add(delta);
            runs.add(stride);
            c = end - stride + 1;
        }
        table(java, name, "case mapping runs (start, end, delta, stride)", runs);
    }

    /** Runs (start, end, first, step): getNumericValue(cp) = first + step * (cp - start). */
    private static void numeric(StringBuilder java) {
        List<Integer> runs = new ArrayList<>();
        int c = 0;
        while (c <= LAST) {
            int v = Character.getNumericValue(c);
            if (v == -1) {
                c++;
                continue;
            }
            int next = c + 1 <= LAST ? Character.getNumericValue(c + 1) : -1;
            int step = (next == v + 1) ? 1 : 0;
            int end = c + 1;
            while (end <= LAST && Character.getNumericValue(end) == v + step * (end - c)) {
                end++;
            }
            runs.add(c);
            runs.add(end);
            runs.add(v);
            runs.add(step);
            c = end;
        }
        table(java, "NUMERIC", "numeric value runs (start, end, first, step); elsewhere -1", runs);
    }

    /** Code points whose String case mapping is not their Character mapping: cp, length, chars. */
    private static void special(StringBuilder java, String name, boolean upper) {
        List<Integer> entries = new ArrayList<>();
        for (int c = 0; c <= LAST; c++) {
            if (c == 0x03A3) {
                continue; // final sigma depends on context; String handles it
            }
            String s = new String(Character.toChars(c));
            String mapped = upper ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
            int single = upper ? Character.toUpperCase(c) : Character.toLowerCase(c);
            if (!mapped.equals(new String(Character.toChars(single)))) {
                entries.add(c);
                entries.add(mapped.length());
                for (int i = 0; i < mapped.length(); i++) {
                    entries.add((int) mapped.charAt(i));
                }
            }
        }
        table(java, name, "String case mappings that differ from Character's: cp, length, chars", entries);
    }

    /** A char in a string literal; line breaks, quote and backslash may not be unicode escapes. */
    private static String escape(int c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '"':
                return "\\\"";
            case '\\':
                return "\\\\";
            default:
                return String.format("\\u%04x", c);
        }
    }

    private static void table(StringBuilder java, String name, String what, List<Integer> values) {
        java.append("\n    /** ").append(what).append(" */\n");
        java.append("    static final String ").append(name).append(" =\n");
        StringBuilder line = new StringBuilder("            \"");
        int inLine = 0;
        for (int v : values) {
            int stored = v + OFFSET;
            line.append(escape(stored >>> 15)).append(escape(stored & 0x7fff));
            if (++inLine == 8) {
                java.append(line).append("\"\n");
                line = new StringBuilder("            + \"");
                inLine = 0;
            }
        }
        java.append(line).append("\";\n");
    }
}
