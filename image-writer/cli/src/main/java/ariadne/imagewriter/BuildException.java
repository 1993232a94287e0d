package ariadne.imagewriter;

import java.util.List;

/** A build that cannot go on; every message names the cell and, where known, file and line. */
public final class BuildException extends Exception {
    private final List<String> problems;

    public BuildException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public BuildException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
