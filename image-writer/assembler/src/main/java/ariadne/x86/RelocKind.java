package ariadne.x86;

/** How a relocated field is computed; S = symbol address, A = addend, P = field address. */
public enum RelocKind {
    /** 8 bytes, S + A (R_X86_64_64). */
    ABS64,
    /** 4 bytes, S + A zero-extended (R_X86_64_32). */
    ABS32,
    /** 4 bytes, S + A sign-extended (R_X86_64_32S). */
    ABS32S,
    /** 4 bytes, S + A - P (R_X86_64_PC32). */
    PC32
}
