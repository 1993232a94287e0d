package ariadne.compiler.template;

/** How a field of generated code refers to a symbol. */
public enum RelocationKind {
    /** 8 bytes: the symbol's address plus addend. */
    ABSOLUTE_64,
    /** 4 bytes: symbol plus addend minus the field's address. */
    PC_RELATIVE_32
}
