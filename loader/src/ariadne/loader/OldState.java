package ariadne.loader;

import ariadne.magic.Address;

/**
 * The static state of the version a swap replaces, for a new version that declares
 * {@code public static void migrateFrom(ariadne.loader.OldState old)} in any of its classes:
 * the swap then carries no statics itself but calls that method, after the switch and before the
 * old version is freed, and the new version builds its state from the old one. Fields are named
 * {@code pkg.Cls.field}.
 */
public final class OldState {
    private final LoadedCell old;

    OldState(LoadedCell old) {
        this.old = old;
    }

    /** The version being replaced. */
    public int version() {
        return old.version();
    }

    public boolean has(String field) {
        return old.findExport("static:" + field) >= 0;
    }

    /** A {@code long} static (0 when the old version has no such field). */
    public long readLong(String field) {
        Address at = old.exportAddress("static:" + field);
        return at.isZero() ? 0 : at.loadLong(0);
    }

    /** An {@code int} static (0 when the old version has no such field). */
    public int readInt(String field) {
        Address at = old.exportAddress("static:" + field);
        return at.isZero() ? 0 : at.loadInt(0);
    }
}
