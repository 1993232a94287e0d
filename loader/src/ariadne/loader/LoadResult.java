package ariadne.loader;

/** What a load did: the loaded cell, or why nothing was loaded. */
public final class LoadResult {
    private final LoadedCell cell;
    private final String refusal;

    private LoadResult(LoadedCell cell, String refusal) {
        this.cell = cell;
        this.refusal = refusal;
    }

    static LoadResult loaded(LoadedCell cell) {
        return new LoadResult(cell, null);
    }

    static LoadResult refused(String why) {
        return new LoadResult(null, why);
    }

    public boolean isLoaded() {
        return cell != null;
    }

    /** The cell, or null when refused. */
    public LoadedCell cell() {
        return cell;
    }

    /** Why the cell was refused ("cell NAME: what is wrong"), or null. */
    public String refusal() {
        return refusal;
    }

    @Override
    public String toString() {
        return cell != null ? "loaded " + cell : "refused: " + refusal;
    }
}
