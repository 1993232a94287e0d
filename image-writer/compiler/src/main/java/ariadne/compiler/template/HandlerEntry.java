package ariadne.compiler.template;

/**
 * One exception-table entry in code offsets: a throw in [{@code start}, {@code end}) of a
 * type assignable to {@code catchType} (null: any, as for {@code finally}) goes to {@code handler}.
 */
public record HandlerEntry(int start, int end, int handler, String catchType) {
}
