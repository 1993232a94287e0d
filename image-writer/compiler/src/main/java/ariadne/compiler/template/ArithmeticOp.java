package ariadne.compiler.template;

/** Two-operand integer operations with Java semantics (wrapping; shift counts masked). */
public enum ArithmeticOp {
    ADD, SUB, MUL, AND, OR, XOR, SHL, SHR, USHR
}
