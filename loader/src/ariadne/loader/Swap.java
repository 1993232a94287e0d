package ariadne.loader;

import ariadne.base.Memory;
import ariadne.loader.elf.ByteView;
import ariadne.magic.Address;
import ariadne.magic.Magic;
import ariadne.ownership.CellState;
import ariadne.runtime.unwind.MethodTables;
import ariadne.task.Critical;
import ariadne.task.Task;

/**
 * Live swap of a loaded cell for a new version, as one transaction: link the new version beside
 * the old one; check compatibility ({@link SwapPlan}); check quiescence; re-point every link of
 * the dependents (calls, type and static references, vtable entries) to the new version; carry
 * the static state or let the new version migrate it; move the namespace entry; free the old
 * version. Until the re-pointing is complete a failure undoes what was done, and the old version
 * keeps serving; the steps after it cannot fail.
 */
final class Swap {
    /** How often a swap waits (yielding) for the old version's code to be left before it refuses. */
    private static final int QUIESCENCE_ATTEMPTS = 1000;
    /** Test hook: fail the re-pointing after this many links (negative: never), then roll back. */
    @CellState
    private static int failAfterLinks = -1;

    private final Namespace namespace;

    Swap(Namespace namespace) {
        this.namespace = namespace;
    }

    /** Makes the next swap fail after re-pointing {@code links} links, to exercise the rollback. */
    static void injectFailureAfter(int links) {
        failAfterLinks = links;
    }

    Outcome run(String name, ByteView cell, String source) {
        LoadedCell old = namespace.find(name);
        if (old == null) {
            return Outcome.refused("no cell " + name + " is loaded");
        }
        CellLinker linker = new CellLinker(namespace, old);
        LoadResult linked = linker.link(cell, source);
        if (!linked.isLoaded()) {
            return Outcome.refused("swap of " + old + " refused: " + linked.refusal());
        }
        LoadedCell replacement = linked.cell();
        SwapPlan plan = new SwapPlan(old, replacement);
        if (!replacement.name().equals(old.name())) {
            return refuse(plan, "the new object is cell " + replacement.name());
        }
        String why = plan.check(namespace);
        return why == null ? switchOver(plan) : refuse(plan, why);
    }

    private static Outcome refuse(SwapPlan plan, String why) {
        plan.replacement.pages().release();
        return Outcome.refused("swap of " + plan.old + " for " + plan.replacement + " refused: " + why);
    }

    /**
     * With interrupts masked, so that no task runs meanwhile: waits until no task is in the old
     * code (yielding between attempts), then re-points and commits.
     */
    private Outcome switchOver(SwapPlan plan) {
        String busy = null;
        for (int attempt = 0; attempt < QUIESCENCE_ATTEMPTS; attempt++) {
            long interrupts = Critical.enter();
            busy = Quiescence.busyTask(plan.old);
            if (busy == null) {
                String why = repoint(plan);
                Outcome outcome = why == null ? commit(plan) : refuse(plan, why);
                Critical.exit(interrupts);
                return outcome;
            }
            Critical.exit(interrupts);
            if (Quiescence.busyFrame(plan.old, CallGate.callerFrame()) != null) {
                break;
            }
            Task.yield();
        }
        return refuse(plan, "it is running: " + busy);
    }

    /** Points every incoming link at the new version; on failure puts back those already moved. */
    private String repoint(SwapPlan plan) {
        for (int k = 0; k < plan.linkCount; k++) {
            if (k == failAfterLinks) {
                failAfterLinks = -1;
                undo(plan, k);
                return "injected failure after re-pointing " + k + " of " + plan.linkCount + " links (rolled back)";
            }
            if (!point(plan.linkCells[k], plan.linkIndices[k], plan.replacement.symbolAddress(plan.newSymbols[k]))) {
                undo(plan, k);
                return "the new version is out of 32-bit reach of cell " + plan.linkCells[k] + " (rolled back)";
            }
        }
        return null;
    }

    private static void undo(SwapPlan plan, int done) {
        for (int k = 0; k < done; k++) {
            Links links = plan.linkCells[k].links();
            point(plan.linkCells[k], plan.linkIndices[k], plan.old.symbolAddress(links.targetSymbol(plan.linkIndices[k])));
        }
    }

    private static boolean point(LoadedCell cell, int link, Address symbol) {
        Links links = cell.links();
        return Patch.apply(cell.pages(), links.type(link), Address.fromLong(links.place(link)), symbol.toLong(),
                links.addend(link));
    }

    /** The steps that cannot fail: state, namespace, initialisers, freeing the old version. */
    private Outcome commit(SwapPlan plan) {
        LoadedCell old = plan.old;
        LoadedCell replacement = plan.replacement;
        for (int k = 0; k < plan.linkCount; k++) {
            plan.linkCells[k].links().retarget(plan.linkIndices[k], replacement, plan.newSymbols[k]);
        }
        for (int k = 0; k < plan.carriedCount; k++) {
            Memory.copy(replacement.symbolAddress(plan.carriedNew[k]), old.symbolAddress(plan.carriedOld[k]),
                    old.object().symbolSize(plan.carriedOld[k]));
        }
        namespace.replace(old, replacement);
        Loader.registerMethodTable(replacement);
        Initializers.run(replacement);
        if (plan.migrate >= 0) {
            CallGate.invoke(replacement.symbolAddress(plan.migrate),
                    Magic.objectAddress(new OldState(old)).toLong());
        }
        MethodTables.unregister(old.methodTable());
        old.pages().release();
        return Outcome.done("swapped " + old + " for " + replacement + ": " + plan.linkCount + " links re-pointed, "
                + (plan.migrate >= 0 ? "state migrated" : plan.carriedCount + " statics carried"));
    }
}
