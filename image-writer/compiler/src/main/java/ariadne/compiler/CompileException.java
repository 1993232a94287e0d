package ariadne.compiler;

import java.util.List;

/**
 * Compilation of a cell failed. The message lists every error found, one per line, each as
 * {@code Cell NAME: path/Foo.java:12: what and why}.
 */
public class CompileException extends Exception {
    private final List<String> errors;

    public CompileException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    /** Every error, in the order found. */
    public List<String> errors() {
        return errors;
    }
}
