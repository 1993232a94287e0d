package ariadne.compiler.frontend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * The classes a cell compilation sees: the cell's own (parsed with code and debug information)
 * and those of the cells it depends on (parsed without code: only layouts, vtables and
 * signatures are read from them).
 */
public final class ClassPool {
    private final Map<String, ClassNode> byName = new HashMap<>();
    private final List<ClassNode> cellClasses = new ArrayList<>();

    public ClassPool(Collection<byte[]> cellClassFiles, Collection<byte[]> libraryClassFiles) {
        for (byte[] bytes : libraryClassFiles) {
            ClassNode node = parse(bytes, ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
            byName.put(node.name, node);
        }
        for (byte[] bytes : cellClassFiles) {
            ClassNode node = parse(bytes, ClassReader.SKIP_FRAMES);
            byName.put(node.name, node);
            cellClasses.add(node);
        }
        cellClasses.sort(Comparator.comparing(c -> c.name));
    }

    private static ClassNode parse(byte[] bytes, int flags) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, flags);
        return node;
    }

    /** The cell's own classes, sorted by name so that output is deterministic. */
    public List<ClassNode> cellClasses() {
        return cellClasses;
    }

    public Optional<ClassNode> find(String internalName) {
        return Optional.ofNullable(byName.get(internalName));
    }

    public ClassNode require(String internalName) throws ResolutionException {
        ClassNode node = byName.get(internalName);
        if (node == null) {
            throw new ResolutionException("class " + internalName.replace('/', '.')
                    + " is neither in this cell nor in a cell it depends on");
        }
        return node;
    }
}
