package ariadne.compiler.lowering;

/** Thrown while lowering one call site; the caller adds where the site is. */
final class SiteError extends Exception {
    SiteError(String message) {
        super(message);
    }
}
