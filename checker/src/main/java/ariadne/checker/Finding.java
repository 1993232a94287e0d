package ariadne.checker;

import java.nio.file.Path;

/**
 * One diagnostic of a check run: where, how severe, the message key (for the checker's own
 * messages, e.g. {@code use.after.move}; for plain javac errors, javac's diagnostic code) and the
 * text without the key.
 */
public record Finding(Path file, long line, Severity severity, String key, String message) {
    public enum Severity { ERROR, WARNING, NOTE }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: error: [key] message}, the shape javac prints. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": [" + key + "] " + message;
    }

    /** Splits a checker message {@code "[key] text"}; other messages keep {@code fallbackKey}. */
    static Finding of(Path file, long line, Severity severity, String fallbackKey, String text) {
        if (text.startsWith("[")) {
            int close = text.indexOf("] ");
            if (close > 0) {
                return new Finding(file, line, severity, text.substring(1, close), text.substring(close + 2).strip());
            }
        }
        return new Finding(file, line, severity, fallbackKey, text.strip());
    }
}
