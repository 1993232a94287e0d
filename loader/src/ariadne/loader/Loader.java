package ariadne.loader;

import ariadne.loader.archive.CellArchive;
import ariadne.loader.elf.ByteView;
import ariadne.loader.elf.CellIdentity;
import ariadne.loader.elf.CellObject;
import ariadne.loader.elf.Rejection;
import ariadne.loader.memory.CellPages;
import ariadne.loader.symbols.ImageSymbolTable;
import ariadne.magic.Address;
import ariadne.ownership.CellState;
import ariadne.runtime.unwind.MethodTables;
import ariadne.task.Critical;

/**
 * The in-OS cell loader: loads cells from the image's archive or from memory into the
 * namespace, unloads them, and swaps a loaded cell for a new version. Not thread-safe: the
 * callers are the boot sequence, the console and tests, one at a time.
 */
public final class Loader {
    @CellState
    private static Namespace namespace;
    @CellState
    private static CellArchive archive;

    private Loader() {
    }

    /** The namespace of loaded cells (created on first use). */
    // Sound: publishing the one namespace is this cell's purpose; its callers (boot, console, tests) run one at a time.
    @SuppressWarnings("ownership:cell.state.escape")
    public static Namespace namespace() {
        if (namespace == null) {
            namespace = new Namespace(ImageSymbolTable.ofImage());
        }
        return namespace;
    }

    /** The statically linked image's own symbols. */
    public static ImageSymbolTable imageSymbols() {
        return namespace().image();
    }

    /** The image's cell archive. */
    // Sound: the archive is the image's read-only cell table; callers only read entries out of it.
    @SuppressWarnings("ownership:cell.state.escape")
    public static CellArchive archive() {
        if (archive == null) {
            archive = CellArchive.ofImage();
        }
        return archive;
    }

    /** Loads the cell object in {@code cell} (copied first: the caller may reuse the array). */
    public static LoadResult load(byte[] cell) {
        byte[] copy = new byte[cell.length];
        System.arraycopy(cell, 0, copy, 0, cell.length);
        return load(ByteView.of(copy), "from memory");
    }

    /** Loads version {@code version} of cell {@code name} from the archive. */
    public static LoadResult loadFromArchive(String name, int version) {
        int entry = archive().find(name, version);
        if (entry < 0) {
            return LoadResult.refused("cell " + name + " v" + version + ": not in the cell archive");
        }
        return load(archive().cell(entry), name + " v" + version + " from the archive");
    }

    /**
     * The kernel's boot step: loads the cell archive, then obeys each {@code swap NAME} on the
     * command line by swapping NAME for its next version in the archive, saying what was done.
     */
    public static void boot(String commandLine) {
        loadArchive();
        String[] words = BootCommands.words(commandLine);
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(BootCommands.SWAP)) {
                System.out.println("loader: " + swapToNextVersion(words[i + 1]));
            }
        }
    }

    /** Swaps loaded cell {@code name} for the lowest version above its own in the archive. */
    public static Outcome swapToNextVersion(String name) {
        LoadedCell cell = namespace().find(name);
        if (cell == null) {
            return Outcome.refused("no cell " + name + " is loaded");
        }
        int next = archive().nextVersion(name, cell.version());
        if (next < 0) {
            return Outcome.refused("the cell archive has no version of " + name + " above " + cell.version());
        }
        return swapFromArchive(name, next);
    }

    /**
     * Loads the lowest version of every cell in the archive, in archive order (each cell after
     * those it depends on). Returns how many cells were refused; each refusal goes to System.err.
     */
    public static int loadArchive() {
        CellArchive cells = archive();
        int refused = 0;
        for (int i = 0; i < cells.count(); i++) {
            String name = cells.name(i);
            if (cells.version(i) != cells.lowestVersion(name) || namespace().find(name) != null) {
                continue;
            }
            LoadResult result = load(cells.cell(i), name + " from the archive");
            if (!result.isLoaded()) {
                System.err.println("loader: " + result.refusal());
                refused++;
            }
        }
        return refused;
    }

    /** Validates, links, registers and initialises a cell; on refusal nothing is kept. */
    public static LoadResult load(ByteView cell, String source) {
        Namespace names = namespace();
        LoadResult result = new CellLinker(names, null).link(cell, source);
        if (result.isLoaded()) {
            names.add(result.cell());
            registerMethodTable(result.cell());
            Initializers.run(result.cell());
        }
        return result;
    }

    /** Lets the unwinder and stack traces see the cell's code (before any of it runs). */
    static void registerMethodTable(LoadedCell cell) {
        Address table = cell.methodTable();
        if (!table.isZero()) {
            MethodTables.register(table);
        }
    }

    /** Unloads cell {@code name} if no other cell depends on it and none of its code is running. */
    public static Outcome unload(String name) {
        Namespace names = namespace();
        LoadedCell cell = names.find(name);
        if (cell == null) {
            return Outcome.refused("no cell " + name + " is loaded");
        }
        LoadedCell[] dependents = names.dependentsOf(cell);
        if (dependents.length > 0) {
            return Outcome.refused("cell " + cell + " is used by " + list(dependents));
        }
        long interrupts = Critical.enter();
        String busy = Quiescence.busyTask(cell);
        if (busy == null) {
            MethodTables.unregister(cell.methodTable());
            cell.pages().release();
            names.remove(cell);
        }
        Critical.exit(interrupts);
        if (busy != null) {
            return Outcome.refused("cell " + cell + " is running: " + busy);
        }
        return Outcome.done("unloaded " + cell);
    }

    /**
     * Replaces loaded cell {@code name} by the cell object in {@code cell}, a new version of it,
     * while the system runs (see {@link Swap}). On refusal nothing has changed.
     */
    public static Outcome swap(String name, ByteView cell, String source) {
        return new Swap(namespace()).run(name, cell, source);
    }

    /** Swaps cell {@code name} for version {@code version} from the archive. */
    public static Outcome swapFromArchive(String name, int version) {
        int entry = archive().find(name, version);
        if (entry < 0) {
            return Outcome.refused("cell " + name + " v" + version + " is not in the cell archive");
        }
        return swap(name, archive().cell(entry), name + " v" + version + " from the archive");
    }

    /** Swaps cell {@code name} for the cell object in {@code cell} (copied first). */
    public static Outcome swap(String name, byte[] cell) {
        byte[] copy = new byte[cell.length];
        System.arraycopy(cell, 0, copy, 0, cell.length);
        return swap(name, ByteView.of(copy), "from memory");
    }

    /**
     * Swaps the loaded cell that {@code cell} is a new version of (its {@code .cell.meta} names
     * it): what a host push does.
     */
    public static Outcome swap(byte[] cell) {
        byte[] copy = new byte[cell.length];
        System.arraycopy(cell, 0, copy, 0, cell.length);
        ByteView view = ByteView.of(copy);
        Rejection rejection = new Rejection();
        CellObject object = CellObject.parse(view, rejection);
        CellIdentity identity = object == null ? null : CellIdentity.read(object, rejection);
        if (identity == null) {
            return Outcome.refused("pushed cell: " + rejection.reason());
        }
        return swap(identity.name(), view, "pushed v" + identity.version());
    }

    /** Test hook: the next swap fails after re-pointing {@code links} links and rolls back. */
    public static void injectSwapFailureAfter(int links) {
        Swap.injectFailureAfter(links);
    }

    /** Pages of section memory held by loaded cells. */
    public static long pagesInUse() {
        return CellPages.pagesInUse();
    }

    static String list(LoadedCell[] cells) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            text.append(i == 0 ? "" : ", ").append(cells[i]);
        }
        return text.toString();
    }
}
