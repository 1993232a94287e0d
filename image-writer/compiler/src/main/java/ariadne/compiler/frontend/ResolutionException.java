package ariadne.compiler.frontend;

/** A class, field or method named by the bytecode cannot be found among the visible classes. */
public final class ResolutionException extends Exception {
    public ResolutionException(String message) {
        super(message);
    }
}
