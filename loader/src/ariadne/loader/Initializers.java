package ariadne.loader;

import ariadne.loader.elf.CellObject;
import ariadne.loader.elf.Strings;
import ariadne.magic.Address;
import ariadne.ownership.CellState;

/**
 * Runs a freshly linked cell's static initialisers. The cells it depends on were loaded, and so
 * initialised, before it; inside the cell each class's generated guard
 * ({@code pkg.Cls.<clinit-guard>()V}, docs/ABI.md) initialises its superclass and whatever its
 * {@code <clinit>} touches first, so calling every guard whose class is not yet initialised
 * gives Java's order.
 */
final class Initializers {
    @CellState
    private static final byte[] GUARD_SUFFIX = Strings.encode(".<clinit-guard>()V");
    private static final String STATE_PREFIX = "clinit-state:";
    private static final int INITIALISED = 2;

    private Initializers() {
    }

    /** Runs the initialisers of {@code cell}'s classes; returns how many ran. */
    static int run(LoadedCell cell) {
        CellObject object = cell.object();
        int ran = 0;
        for (int i = 1; i < object.symbolCount(); i++) {
            if (!isGuard(object, i)) {
                continue;
            }
            Address state = stateOf(cell, i);
            if (!state.isZero() && state.loadByte() != INITIALISED) {
                CallGate.invoke(cell.symbolAddress(i));
                ran++;
            }
        }
        return ran;
    }

    private static boolean isGuard(CellObject object, int symbol) {
        return object.isDefined(symbol)
                && Strings.endsWith(object.symbolNameAddress(symbol), object.symbolNameLength(symbol), GUARD_SUFFIX);
    }

    /** The state byte of the class whose guard is {@code guard}, or zero. */
    private static Address stateOf(LoadedCell cell, int guard) {
        String name = cell.symbolName(guard);
        String className = name.substring(0, name.length() - GUARD_SUFFIX.length);
        return cell.exportAddress(STATE_PREFIX + className);
    }
}
