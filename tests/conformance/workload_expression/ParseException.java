package conformance.workload_expression;

/** A syntax or evaluation error at a position of the source text. */
final class ParseException extends RuntimeException {
    final int position;

    ParseException(String message, int position) {
        super(message + " at " + position);
        this.position = position;
    }
}
