package java.lang;

/**
 * Lookups in the generated Unicode tables of CharacterData, decoded once into int arrays:
 * range membership by binary search over boundaries, and mappings by binary search over runs.
 */
final class CharacterTables {

    private static final int OFFSET = 0x200000;
    private static final int RUN = 4;

    static final int[] LETTER = decode(CharacterData.LETTER);
    static final int[] UPPERCASE = decode(CharacterData.UPPERCASE);
    static final int[] LOWERCASE = decode(CharacterData.LOWERCASE);
    static final int[] TITLECASE = decode(CharacterData.TITLECASE);
    static final int[] ALPHABETIC = decode(CharacterData.ALPHABETIC);
    static final int[] DIGIT = decode(CharacterData.DIGIT);
    static final int[] JAVA_IDENTIFIER_START = decode(CharacterData.JAVA_IDENTIFIER_START);
    static final int[] JAVA_IDENTIFIER_PART = decode(CharacterData.JAVA_IDENTIFIER_PART);
    static final int[] IDENTIFIER_IGNORABLE = decode(CharacterData.IDENTIFIER_IGNORABLE);
    static final int[] DEFINED = decode(CharacterData.DEFINED);
    static final int[] TO_UPPER = decode(CharacterData.TO_UPPER);
    static final int[] TO_LOWER = decode(CharacterData.TO_LOWER);
    static final int[] TO_TITLE = decode(CharacterData.TO_TITLE);
    static final int[] NUMERIC = decode(CharacterData.NUMERIC);
    static final int[] SPECIAL_UPPER = decode(CharacterData.SPECIAL_UPPER);
    static final int[] SPECIAL_LOWER = decode(CharacterData.SPECIAL_LOWER);

    private CharacterTables() {
    }

    private static int[] decode(String table) {
        int[] values = new int[table.length() / 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = ((table.charAt(2 * i) << 15) | table.charAt(2 * i + 1)) - OFFSET;
        }
        return values;
    }

    /** Whether cp lies in one of the [start, end) ranges whose boundaries are listed. */
    static boolean contains(int[] boundaries, int cp) {
        return (boundariesUpTo(boundaries, cp) & 1) == 1;
    }

    /** For a range table: the start of the range holding cp (cp must be in one). */
    static int rangeStart(int[] boundaries, int cp) {
        return boundaries[boundariesUpTo(boundaries, cp) - 1];
    }

    /** How many boundaries are <= cp. */
    private static int boundariesUpTo(int[] boundaries, int cp) {
        int low = 0;
        int high = boundaries.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (boundaries[middle] <= cp) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The index of the run (start, end, a, b) holding cp, or -1. */
    private static int run(int[] runs, int cp) {
        int low = 0;
        int high = runs.length / RUN - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int start = runs[middle * RUN];
            if (cp < start) {
                high = middle - 1;
            } else if (cp >= runs[middle * RUN + 1]) {
                low = middle + 1;
            } else {
                return middle * RUN;
            }
        }
        return -1;
    }

    /** A case mapping: runs of (start, end, delta, stride). */
    static int map(int[] runs, int cp) {
        int r = run(runs, cp);
        if (r < 0 || (cp - runs[r]) % runs[r + 3] != 0) {
            return cp;
        }
        return cp + runs[r + 2];
    }

    /** getNumericValue: runs of (start, end, first, step), -1 elsewhere. */
    static int numericValue(int cp) {
        int r = run(NUMERIC, cp);
        return r < 0 ? -1 : NUMERIC[r + 2] + NUMERIC[r + 3] * (cp - NUMERIC[r]);
    }

    /** The position of cp's entry (cp, length, chars...) in a special-casing table, or -1. */
    static int special(int[] table, int cp) {
        int i = 0;
        while (i < table.length && table[i] < cp) {
            i += 2 + table[i + 1];
        }
        return i < table.length && table[i] == cp ? i : -1;
    }
}
