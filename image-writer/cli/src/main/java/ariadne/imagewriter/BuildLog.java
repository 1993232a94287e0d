package ariadne.imagewriter;

/** Build progress. It goes to standard error so that standard output carries only a program's own output. */
@FunctionalInterface
public interface BuildLog {
    void step(String message);

    BuildLog STDERR = message -> System.err.println("[image-writer] " + message);
    BuildLog SILENT = message -> { };
}
