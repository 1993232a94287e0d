package ariadne.x86;

/**
 * A memory operand {@code [base + index*scale + disp]}. {@code base} and {@code index} may be
 * null; with neither it is an absolute 32-bit address.
 */
public record Mem(Reg base, Reg index, int scale, int disp) {
    public Mem {
        if (scale != 1 && scale != 2 && scale != 4 && scale != 8) {
            throw new IllegalArgumentException("scale must be 1, 2, 4 or 8: " + scale);
        }
        if (index == Reg.RSP) {
            throw new IllegalArgumentException("RSP cannot be an index register");
        }
        if (index == null && scale != 1) {
            throw new IllegalArgumentException("scale without an index register");
        }
    }

    public static Mem at(Reg base) {
        return new Mem(base, null, 1, 0);
    }

    public static Mem at(Reg base, int disp) {
        return new Mem(base, null, 1, disp);
    }

    public static Mem at(Reg base, Reg index, int scale, int disp) {
        return new Mem(base, index, scale, disp);
    }

    public static Mem abs(int disp32) {
        return new Mem(null, null, 1, disp32);
    }

    /** The 2-bit SIB encoding of the scale. */
    int scaleBits() {
        return Integer.numberOfTrailingZeros(scale);
    }
}
