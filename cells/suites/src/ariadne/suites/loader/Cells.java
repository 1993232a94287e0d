package ariadne.suites.loader;

import ariadne.loader.LoadResult;
import ariadne.loader.LoadedCell;
import ariadne.loader.Loader;
import ariadne.loader.Outcome;
import ariadne.suites.Check;

/** Helpers for the loader cases: load what must load, unload what must unload. */
final class Cells {
    /** The demo cell's entry points. */
    static final String COUNTER = "counter";
    static final String NEXT = "ariadne.demo.counter.Counter.next()J";
    static final String DESCRIBE = "ariadne.demo.counter.Counter.describe(J)Ljava/lang/String;";

    private Cells() {
    }

    static LoadedCell load(String name, int version) {
        LoadResult result = Loader.loadFromArchive(name, version);
        Check.isTrue(result.isLoaded(), "load " + name + " v" + version + ": " + result);
        return result.cell();
    }

    static void unload(String name) {
        Outcome outcome = Loader.unload(name);
        Check.isTrue(outcome.isDone(), "unload " + name + ": " + outcome);
    }

    /** Unloads {@code name} if it is loaded (cases start from a known namespace). */
    static void absent(String name) {
        if (Loader.namespace().find(name) != null) {
            unload(name);
        }
    }
}
