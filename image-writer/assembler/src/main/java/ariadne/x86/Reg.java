package ariadne.x86;

/** General-purpose registers; the ordinal is the hardware register number. */
public enum Reg {
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15;

    /** Hardware number 0..15; bit 3 goes into a REX prefix. */
    public int code() {
        return ordinal();
    }

    /** True for SPL, BPL, SIL and DIL: as byte registers they exist only with a REX prefix. */
    boolean byteNeedsRex() {
        return code() >= 4 && code() <= 7;
    }
}
