package ariadne.compiler.frontend;

import java.util.ArrayList;
import java.util.List;

/** Collects every compile error of a cell, formatted {@code Cell NAME: pkg/Foo.java:12: message}. */
public final class Diagnostics {
    private final String cellName;
    private final List<String> errors = new ArrayList<>();

    public Diagnostics(String cellName) {
        this.cellName = cellName;
    }

    /** @param location {@code pkg/Foo.java:12}, or just the file when no line is known */
    public void error(String location, String message) {
        errors.add("Cell " + cellName + ": " + location + ": " + message);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }
}
