package ariadne.compiler.template;

/** Two-operand IEEE 754 operations (round to nearest, as Java requires). */
public enum FloatOp {
    ADD, SUB, MUL, DIV
}
