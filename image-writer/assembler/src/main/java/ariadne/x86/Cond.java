package ariadne.x86;

/** Condition codes of Jcc/SETcc/CMOVcc; the ordinal is the 4-bit code in the opcode. */
public enum Cond {
    O, NO, B, AE, E, NE, BE, A, S, NS, P, NP, L, GE, LE, G;

    public int code() {
        return ordinal();
    }

    /** The opposite condition: the hardware pairs them so that only bit 0 differs. */
    public Cond negate() {
        return values()[code() ^ 1];
    }
}
