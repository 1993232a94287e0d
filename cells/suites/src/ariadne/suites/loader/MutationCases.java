package ariadne.suites.loader;

import ariadne.loader.LoadResult;
import ariadne.loader.Loader;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/**
 * Cells damaged at random (seeded, so a failure replays): every one is loaded or refused, none
 * crashes the system, and afterwards no page or frame is left behind. The mutated cell has no
 * initialiser, so none of its (possibly damaged) code runs.
 */
final class MutationCases {
    private static final int ROUNDS = 1000;
    private static final long SEED = 0x5eed_a71a_d4e0L;

    private MutationCases() {
    }

    /** A linear congruential generator (Knuth's MMIX constants). */
    private static long step(long state) {
        return state * 6364136223846793005L + 1442695040888963407L;
    }

    private static int below(long state, int bound) {
        return (int) ((state >>> 33) % bound);
    }

    static void addTo(CaseList cases) {
        cases.add(new TestCase("thousandMutatedCellsNeitherCrashNorLeak") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings({"ownership:cell.boundary.shared", "ownership:cell.boundary.shared.result"})
            protected void run() {
                Cells.absent(Cells.COUNTER);
                byte[] original = Cells.archived(Cells.COUNTER, 1);
                byte[] mutant = new byte[original.length];
                long pages = Loader.pagesInUse();
                long frames = Cells.framesOutsideHeap();
                int cells = Loader.namespace().count();
                int loaded = 0;
                long state = SEED;
                for (int round = 0; round < ROUNDS; round++) {
                    System.arraycopy(original, 0, mutant, 0, original.length);
                    state = step(state);
                    int flips = 1 + below(state, 4);
                    for (int f = 0; f < flips; f++) {
                        state = step(state);
                        int at = below(state, mutant.length);
                        state = step(state);
                        mutant[at] = (byte) (state >>> 40);
                    }
                    LoadResult result = Loader.load(mutant);
                    if (result.isLoaded()) {
                        loaded++;
                        Cells.unload(result.cell().name());
                    } else {
                        Check.isTrue(result.refusal().startsWith("cell "), "a refusal names the cell: " + result.refusal());
                    }
                }
                Check.equal(pages, Loader.pagesInUse(), "loader pages after " + ROUNDS + " mutants (" + loaded + " loaded)");
                Check.equal(frames, Cells.framesOutsideHeap(), "used frames after the mutants");
                Check.equal(cells, Loader.namespace().count(), "cells in the namespace");
            }
        });
    }
}
