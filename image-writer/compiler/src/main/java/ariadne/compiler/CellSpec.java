package ariadne.compiler;

import java.util.List;

/**
 * The descriptor of a cell, as its {@code cell.properties} declares it.
 *
 * @param name         cell name, unique in the image
 * @param version      integer version, bumped by a new version of the cell
 * @param privileged   whether the cell may use {@code ariadne.magic}
 * @param dependencies names of the cells it links against
 */
public record CellSpec(String name, int version, boolean privileged, List<String> dependencies) {
    public CellSpec {
        dependencies = List.copyOf(dependencies);
    }
}
