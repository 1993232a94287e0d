package ariadne.compiler.template;

/**
 * Privileged machine operations behind {@code ariadne.magic}; each pops its operands and pushes
 * its result, if any, like a bytecode.
 */
public enum MachineOp {
    /** (word) → int: 1 if zero. */
    WORD_IS_ZERO,
    /** (word, word) → int: 1 if the first is below the second, unsigned. */
    WORD_UNSIGNED_LESS,
    /** (port, value) → (): write 8/16/32 bits to an I/O port. */
    PORT_OUT_8, PORT_OUT_16, PORT_OUT_32,
    /** (port) → int: read 8/16/32 bits from an I/O port, zero-extended. */
    PORT_IN_8, PORT_IN_16, PORT_IN_32,
    HALT, DISABLE_INTERRUPTS, ENABLE_INTERRUPTS, SPIN_PAUSE,
    /** () → long: the time-stamp counter. */
    READ_TIMESTAMP
}
