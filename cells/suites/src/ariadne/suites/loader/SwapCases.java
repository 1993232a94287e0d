package ariadne.suites.loader;

import ariadne.loader.CallGate;
import ariadne.loader.LoadedCell;
import ariadne.loader.Loader;
import ariadne.loader.Outcome;
import ariadne.magic.Magic;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/** Live swap: state carried or migrated, dependents re-pointed, refusals that change nothing, rollback. */
final class SwapCases {
    static final String CLIENT = "counter-client";
    static final String TICK = "ariadne.demo.client.Client.tick()Ljava/lang/String;";
    static final String CALLBACK = "loader-test-callback";
    static final String CALL = "ariadne.loadertest.callback.Callback.call(Ljava/lang/Runnable;)V";

    private SwapCases() {
    }

    /** Attempts a swap of a cell from inside that cell's code (it calls this back). */
    private static final class SwapAttempt implements Runnable {
        private final String cell;
        private final byte[] replacement;
        Outcome outcome;

        SwapAttempt(String cell, byte[] replacement) {
            this.cell = cell;
            this.replacement = replacement;
        }

        @Override
        // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
        @SuppressWarnings("ownership:cell.boundary.shared")
        public void run() {
            outcome = Loader.swap(cell, replacement);
        }
    }

    /** counter v1 and its client, fresh, with the counter advanced to {@code ticks}. */
    static LoadedCell[] counterWithClient(int ticks) {
        Cells.absent(CLIENT);
        Cells.absent(Cells.COUNTER);
        LoadedCell counter = Cells.load(Cells.COUNTER, 1);
        LoadedCell client = Cells.load(CLIENT, 1);
        for (int i = 0; i < ticks; i++) {
            Cells.callForObject(client, TICK);
        }
        return new LoadedCell[] {counter, client};
    }

    // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
    @SuppressWarnings("ownership:cell.boundary.shared.result")
    private static String tick() {
        return (String) Cells.callForObject(Loader.namespace().find(CLIENT), TICK);
    }

    static void swapped(Outcome outcome) {
        Check.isTrue(outcome.isDone(), "swap: " + outcome);
    }

    static void refused(Outcome outcome, String expected) {
        Check.isTrue(!outcome.isDone(), "refused, but " + outcome);
        Check.isTrue(outcome.message().contains(expected), "reason '" + outcome.message() + "' names '" + expected + "'");
    }

    static void cleanUp() {
        Cells.unload(CLIENT);
        Cells.unload(Cells.COUNTER);
    }

    static void addTo(CaseList cases) {
        cases.add(new TestCase("swapCarriesStaticState") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared.result")
            protected void run() {
                counterWithClient(3);
                swapped(Loader.swapFromArchive(Cells.COUNTER, 2));
                LoadedCell counter = Loader.namespace().find(Cells.COUNTER);
                Check.equal(2, counter.version(), "the namespace has version 2");
                Check.equal(4, Cells.call(counter, Cells.NEXT), "the count goes on from 3");
                cleanUp();
            }
        });
        cases.add(new TestCase("swapRepointsTheDependentsCalls") {
            @Override
            protected void run() {
                counterWithClient(0);
                Check.equal("counter v1: 1", tick(), "before the swap");
                Check.equal("counter v1: 2", tick(), "before the swap");
                swapped(Loader.swapFromArchive(Cells.COUNTER, 2));
                Check.equal("counter v2 says 3", tick(), "the same client, the new code, the old count");
                cleanUp();
            }
        });
        cases.add(new TestCase("oldVersionIsFreedAfterTheSwap") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared.result")
            protected void run() {
                LoadedCell[] cells = counterWithClient(1);
                long pages = Loader.pagesInUse();
                long oldPages = cells[0].pageCount();
                long frames = Cells.framesOutsideHeap();
                swapped(Loader.swapFromArchive(Cells.COUNTER, 2));
                LoadedCell replacement = Loader.namespace().find(Cells.COUNTER);
                Check.isTrue(!cells[0].isLoaded(), "the old version is out of the namespace");
                Check.equal(0, cells[0].pageCount(), "the old version holds no pages");
                Check.equal(pages - oldPages + replacement.pageCount(), Loader.pagesInUse(),
                        "pages: the new version's replace the old's");
                Check.equal(frames, Cells.framesOutsideHeap(), "frames: as many as before");
                cleanUp();
            }
        });
        cases.add(new TestCase("incompatibleSwapIsRefusedAndTheOldKeepsServing") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared.result")
            protected void run() {
                counterWithClient(2);
                long pages = Loader.pagesInUse();
                refused(Loader.swapFromArchive(Cells.COUNTER, 3),
                        "symbol ariadne.demo.counter.Counter.describe(J)Ljava/lang/String; used by cell counter-client v1 is missing in counter v3");
                Check.equal(pages, Loader.pagesInUse(), "the new version's pages are given back");
                Check.equal(1, Loader.namespace().find(Cells.COUNTER).version(), "version 1 stays");
                Check.equal("counter v1: 3", tick(), "and keeps serving with its state");
                cleanUp();
            }
        });
        cases.add(new TestCase("swapFailingMidwayIsRolledBack") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared.result")
            protected void run() {
                counterWithClient(2);
                long pages = Loader.pagesInUse();
                Loader.injectSwapFailureAfter(1);
                refused(Loader.swapFromArchive(Cells.COUNTER, 2), "injected failure after re-pointing 1 of 2 links (rolled back)");
                Check.equal(pages, Loader.pagesInUse(), "the new version's pages are given back");
                Check.equal(1, Loader.namespace().find(Cells.COUNTER).version(), "version 1 stays");
                Check.equal("counter v1: 3", tick(), "every call goes to version 1 with its state");
                swapped(Loader.swapFromArchive(Cells.COUNTER, 2));
                Check.equal("counter v2 says 4", tick(), "a later swap still works");
                cleanUp();
            }
        });
        cases.add(new TestCase("newVersionMigratesTheOldState") {
            @Override
            protected void run() {
                counterWithClient(4);
                swapped(Loader.swapFromArchive(Cells.COUNTER, 4));
                Check.equal("counter v4 (migrated): 5", tick(), "the int count built from the long one");
                cleanUp();
            }
        });
        cases.add(new TestCase("stateWithoutAPlaceIsRefused") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared.result")
            protected void run() {
                Cells.absent(CLIENT);
                Cells.absent(Cells.COUNTER);
                Cells.load(Cells.COUNTER, 4);
                Cells.call(Loader.namespace().find(Cells.COUNTER), Cells.NEXT);
                refused(Loader.swapFromArchive(Cells.COUNTER, 1),
                        "static ariadne.demo.counter.Counter.ticks has no place of the same size in counter v1");
                Check.equal(4, Loader.namespace().find(Cells.COUNTER).version(), "version 4 stays");
                Cells.unload(Cells.COUNTER);
            }
        });
        cases.add(new TestCase("swapOfRunningCodeIsRefused") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared")
            protected void run() {
                Cells.absent(CALLBACK);
                LoadedCell callback = Cells.load(CALLBACK, 1);
                byte[] sameAgain = Cells.archived(CALLBACK, 1);
                SwapAttempt attempt = new SwapAttempt(CALLBACK, sameAgain);
                CallGate.invoke(callback.exportAddress(CALL),
                        Magic.objectAddress(attempt).toLong());
                refused(attempt.outcome, "it is running: the current task's frame");
                swapped(Loader.swap(CALLBACK, sameAgain));
                Cells.unload(CALLBACK);
            }
        });
        cases.add(new TestCase("swapOfAnUnloadedCellIsRefused") {
            @Override
            protected void run() {
                Cells.absent(Cells.COUNTER);
                refused(Loader.swapFromArchive(Cells.COUNTER, 2), "no cell counter is loaded");
            }
        });
        cases.add(new TestCase("swapToABrokenObjectChangesNothing") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared")
            protected void run() {
                counterWithClient(1);
                byte[] broken = Cells.archived(Cells.COUNTER, 2);
                Corruption.put(broken, Corruption.relocation(broken, 0) + 8, 77, 4);
                refused(Loader.swap(Cells.COUNTER, broken), "bad relocation type 77");
                Check.equal("counter v1: 2", tick(), "version 1 keeps serving");
                cleanUp();
            }
        });
    }
}
