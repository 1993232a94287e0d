package ariadne.loader.elf;

/**
 * Who a cell says it is: the {@code cell NAME VERSION ...} record that starts its
 * {@code .cell.meta} section (format: ariadne.compiler.cell.CellMeta). A descriptor name
 * {@code counter-v2} at version 2 names version 2 of cell {@code counter}, the convention that
 * lets two versions of one cell live in two folders (ariadne.imagewriter.archive.ArchiveEntry).
 */
public final class CellIdentity {
    private static final String MAGIC_LINE = "ariadne-cell-meta 1\n";
    private static final int MAX_RECORD = 512;

    private final String name;
    private final int version;

    private CellIdentity(String name, int version) {
        this.name = name;
        this.version = version;
    }

    public String name() {
        return name;
    }

    public int version() {
        return version;
    }

    /** The identity recorded in {@code cell}, or null with the reason in {@code rejection}. */
    public static CellIdentity read(CellObject cell, Rejection rejection) {
        int meta = cell.sectionNamed(".cell.meta");
        if (meta == 0 || cell.isNobits(meta)) {
            rejection.reject("no .cell.meta section");
            return null;
        }
        long size = cell.size(meta);
        long limit = size < MAGIC_LINE.length() + MAX_RECORD ? size : MAGIC_LINE.length() + MAX_RECORD;
        String head = Strings.decode(cell.contents(meta), (int) limit);
        if (!head.startsWith(MAGIC_LINE + "cell ")) {
            rejection.reject(".cell.meta does not start with a cell record");
            return null;
        }
        int end = head.indexOf('\n', MAGIC_LINE.length());
        String[] fields = fieldsOf(head.substring(MAGIC_LINE.length(), end < 0 ? head.length() : end));
        int version = fields.length >= 3 ? parseVersion(fields[2]) : -1;
        if (version < 0) {
            rejection.reject(".cell.meta cell record has no valid version");
            return null;
        }
        return new CellIdentity(namespaceName(fields[1], version), version);
    }

    /** {@code counter-v2} at version 2 is {@code counter}; any other name stands for itself. */
    static String namespaceName(String descriptorName, int version) {
        String suffix = "-v" + version;
        if (descriptorName.endsWith(suffix) && descriptorName.length() > suffix.length()) {
            return descriptorName.substring(0, descriptorName.length() - suffix.length());
        }
        return descriptorName;
    }

    private static String[] fieldsOf(String record) {
        int count = 1;
        for (int i = 0; i < record.length(); i++) {
            if (record.charAt(i) == ' ') {
                count++;
            }
        }
        String[] fields = new String[count];
        int start = 0;
        for (int f = 0; f < count; f++) {
            int space = record.indexOf(' ', start);
            int end = space < 0 ? record.length() : space;
            fields[f] = record.substring(start, end);
            start = end + 1;
        }
        return fields;
    }

    private static int parseVersion(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
