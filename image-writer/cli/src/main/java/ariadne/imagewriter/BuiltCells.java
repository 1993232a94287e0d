package ariadne.imagewriter;

import ariadne.compiler.CompiledCell;
import java.util.LinkedHashMap;
import java.util.Map;

/** Cells compiled so far: their class files (for javac and as compiler library) and their objects. */
public record BuiltCells(CellCatalog catalog, Map<String, CellClasses> classes, Map<String, CompiledCell> objects) {
    public BuiltCells {
        classes = Map.copyOf(classes);
        objects = new LinkedHashMap<>(objects);
    }

    public Map<String, CompiledCell> objects() {
        return java.util.Collections.unmodifiableMap(objects);
    }
}
