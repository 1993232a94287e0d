package ariadne.x86;

/** The CPU mode the code is assembled for. */
public enum Mode {
    /** 64-bit long mode: REX prefixes, RIP-relative addressing. */
    LONG_64,
    /** 32-bit protected mode (boot trampoline only): no REX, no 64-bit operands, no R8..R15. */
    PROTECTED_32
}
