package ariadne.compiler.template;

/** From {@code codeOffset} on, the code belongs to source line {@code line}. */
public record LineEntry(int codeOffset, int line) {
}
