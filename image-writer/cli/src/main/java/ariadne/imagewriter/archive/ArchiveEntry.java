package ariadne.imagewriter.archive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell in the archive: the name the in-OS namespace knows it by, its version and its
 * {@code .cell} object. Two versions of one cell live in two folders whose descriptors must have
 * distinct names (the catalog requires it), so a descriptor name ending in {@code -v<version>}
 * ({@code counter-v2} at version 2) stands for cell {@code counter} at that version.
 */
public record ArchiveEntry(String name, int version, byte[] cell) {
    private static final Pattern VERSIONED = Pattern.compile("(.+)-v([0-9]+)");

    public ArchiveEntry {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an archived cell needs a name");
        }
        if (version < 0) {
            throw new IllegalArgumentException("cell " + name + ": negative version " + version);
        }
        cell = cell.clone();
    }

    /** The entry of the cell whose descriptor says {@code descriptorName} and {@code version}. */
    public static ArchiveEntry of(String descriptorName, int version, byte[] cell) {
        return new ArchiveEntry(namespaceName(descriptorName, version), version, cell);
    }

    /** {@code counter-v2} at version 2 is {@code counter}; any other name stands for itself. */
    public static String namespaceName(String descriptorName, int version) {
        Matcher m = VERSIONED.matcher(descriptorName);
        if (m.matches() && m.group(2).equals(Integer.toString(version))) {
            return m.group(1);
        }
        return descriptorName;
    }

    @Override
    public byte[] cell() {
        return cell.clone();
    }
}
