package ariadne.imagewriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Every cell of a source tree, in dependency order (a cell comes after everything it depends on). */
public final class CellCatalog {
    /** Folders under the repository root that hold cells (DESIGN.md §2). */
    public static final List<String> CELL_ROOTS = List.of("nucleus", "task", "loader", "cells");

    private final Map<String, CellDescriptor> byName;

    private CellCatalog(Map<String, CellDescriptor> ordered) {
        this.byName = ordered;
    }

    /** Finds every folder holding a {@code cell.properties} below the standard roots. */
    public static CellCatalog scan(Path repositoryRoot) throws BuildException {
        List<Path> folders = new ArrayList<>();
        for (String root : CELL_ROOTS) {
            Path dir = repositoryRoot.resolve(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.getFileName().toString().equals(CellDescriptor.FILE_NAME))
                        .map(Path::getParent).sorted().forEach(folders::add);
            } catch (IOException e) {
                throw new BuildException("cannot scan " + dir + ": " + e.getMessage());
            }
        }
        return of(folders);
    }

    public static CellCatalog of(List<Path> cellFolders) throws BuildException {
        List<CellDescriptor> descriptors = new ArrayList<>();
        for (Path folder : cellFolders) {
            descriptors.add(CellDescriptor.read(folder));
        }
        return ofDescriptors(descriptors);
    }

    /** This catalog plus one more cell, e.g. a user program for the generic runner. */
    public CellCatalog with(CellDescriptor extra) throws BuildException {
        List<CellDescriptor> all = new ArrayList<>(byName.values());
        all.add(extra);
        return ofDescriptors(all);
    }

    private static CellCatalog ofDescriptors(List<CellDescriptor> descriptors) throws BuildException {
        Map<String, CellDescriptor> cells = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (CellDescriptor cell : descriptors) {
            Path folder = cell.folder();
            CellDescriptor clash = cells.put(cell.name(), cell);
            if (clash != null) {
                problems.add("Cell " + cell.name() + ": defined twice, in " + clash.folder() + " and " + folder);
            }
        }
        for (CellDescriptor cell : cells.values()) {
            for (String dep : cell.dependencies()) {
                if (!cells.containsKey(dep)) {
                    problems.add("Cell " + cell.name() + ": depends on unknown cell '" + dep + "'");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        return new CellCatalog(topologicalOrder(cells));
    }

    private static Map<String, CellDescriptor> topologicalOrder(Map<String, CellDescriptor> cells)
            throws BuildException {
        Map<String, CellDescriptor> ordered = new LinkedHashMap<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String name : cells.keySet()) {
            visit(name, cells, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(String name, Map<String, CellDescriptor> cells, Set<String> visiting,
                              Map<String, CellDescriptor> ordered) throws BuildException {
        if (ordered.containsKey(name)) {
            return;
        }
        if (!visiting.add(name)) {
            throw new BuildException("Cell " + name + ": dependency cycle " + String.join(" -> ", visiting) + " -> " + name);
        }
        for (String dep : cells.get(name).dependencies()) {
            visit(dep, cells, visiting, ordered);
        }
        visiting.remove(name);
        ordered.put(name, cells.get(name));
    }

    /** All cells, each after its dependencies. */
    public List<CellDescriptor> inOrder() {
        return List.copyOf(byName.values());
    }

    public CellDescriptor get(String name) {
        CellDescriptor cell = byName.get(name);
        if (cell == null) {
            throw new IllegalArgumentException("no cell named " + name);
        }
        return cell;
    }

    /** The cells {@code cell} depends on, directly or not, in dependency order, without itself. */
    public List<CellDescriptor> closureOf(CellDescriptor cell) {
        Set<String> seen = new LinkedHashSet<>();
        collect(cell, seen);
        seen.remove(cell.name());
        List<CellDescriptor> result = new ArrayList<>();
        for (CellDescriptor c : byName.values()) {
            if (seen.contains(c.name())) {
                result.add(c);
            }
        }
        return result;
    }

    private void collect(CellDescriptor cell, Set<String> seen) {
        if (seen.add(cell.name())) {
            for (String dep : cell.dependencies()) {
                collect(byName.get(dep), seen);
            }
        }
    }

    /** The cells javac compiles together as the named module (e.g. java.base, magic and runtime). */
    public List<CellDescriptor> moduleMembers(String module) {
        return byName.values().stream().filter(c -> module.equals(c.module())).toList();
    }
}
