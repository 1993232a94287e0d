package ariadne.imagewriter;

import java.nio.file.Path;
import java.util.Map;

/** The class files javac produced for one cell, keyed by internal name ({@code java/lang/String}). */
public record CellClasses(CellDescriptor cell, Path directory, Map<String, byte[]> classes) {
}
