package ariadne.elf;

/** Power-of-two alignment arithmetic. */
public final class Alignment {
    private Alignment() {
    }

    /** Rounds {@code value} up to a multiple of {@code alignment}; 0 and 1 leave it unchanged. */
    public static long up(long value, long alignment) {
        if (alignment <= 1) {
            return value;
        }
        requirePowerOfTwo(alignment);
        return (value + alignment - 1) & -alignment;
    }

    public static boolean isValid(long alignment) {
        return alignment == 0 || Long.bitCount(alignment) == 1;
    }

    static void requirePowerOfTwo(long alignment) {
        if (!isValid(alignment)) {
            throw new IllegalArgumentException("alignment " + alignment + " is not a power of two");
        }
    }
}
