package ariadne.x86;

/** Operand size of an integer instruction (the AT&T suffix b, w, l, q). */
enum Size {
    B, W, L, Q;

    /** The operand-size prefix 0x66 for 16-bit operands, 0 for none. */
    int prefix() {
        return this == W ? 0x66 : 0;
    }

    boolean rexW() {
        return this == Q;
    }

    /** Most opcodes come in pairs: the even one for bytes, the odd one for wider operands. */
    int opcode(int wideOpcode) {
        return this == B ? wideOpcode - 1 : wideOpcode;
    }
}
