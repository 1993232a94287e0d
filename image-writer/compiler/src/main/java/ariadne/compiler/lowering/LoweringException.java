package ariadne.compiler.lowering;

import java.util.List;

/** Call sites that cannot be lowered, each message naming its cell, source file and line. */
public final class LoweringException extends Exception {
    private final List<String> errors;

    public LoweringException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
