package ariadne.compiler.template;

/** A symbol reference inside a method's code, at {@code offset} bytes from its start. */
public record CodeRelocation(int offset, RelocationKind kind, String symbol, long addend) {
}
