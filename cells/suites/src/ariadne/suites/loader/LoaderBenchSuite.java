package ariadne.suites.loader;

import ariadne.loader.CallGate;
import ariadne.loader.LoadResult;
import ariadne.loader.LoadedCell;
import ariadne.loader.Loader;
import ariadne.magic.Magic;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.Suite;
import ariadne.suites.TestCase;

/**
 * The loader's figures for {@code make bench}, with rdtsc: under {@code -icount shift=0,sleep=off}
 * one tick is one guest instruction. Prints {@code BENCH cell_load=}, {@code BENCH swap_small_cell=}
 * and {@code BENCH cross_cell_call=}.
 */
public final class LoaderBenchSuite extends Suite {
    private static final int LOADS = 20;
    private static final int SWAPS = 20;
    private static final long CALLS = 100000;

    public LoaderBenchSuite() {
        super("loaderbench");
    }

    @Override
    protected void addCases(CaseList cases) {
        cases.add(new TestCase("cellLoad") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared.result")
            protected void run() {
                Cells.absent(Cells.COUNTER);
                long total = 0;
                for (int i = 0; i < LOADS; i++) {
                    long start = Magic.rdtsc();
                    LoadResult result = Loader.loadFromArchive(Cells.COUNTER, 1);
                    total += Magic.rdtsc() - start;
                    Check.isTrue(result.isLoaded(), result.toString());
                    Cells.unload(Cells.COUNTER);
                }
                System.out.println("BENCH cell_load=" + total / LOADS);
            }
        });
        cases.add(new TestCase("swapSmallCell") {
            @Override
            protected void run() {
                SwapCases.counterWithClient(1);
                long total = 0;
                for (int i = 0; i < SWAPS; i++) {
                    long start = Magic.rdtsc();
                    SwapCases.swapped(Loader.swapFromArchive(Cells.COUNTER, i % 2 == 0 ? 2 : 1));
                    total += Magic.rdtsc() - start;
                }
                System.out.println("BENCH swap_small_cell=" + total / SWAPS);
                SwapCases.cleanUp();
            }
        });
        cases.add(new TestCase("crossCellCall") {
            @Override
            protected void run() {
                Cells.absent(Cells.USER);
                Cells.absent(Cells.BASE);
                Cells.load(Cells.BASE, 1);
                LoadedCell user = Cells.load(Cells.USER, 1);
                long start = Magic.rdtsc();
                long sum = CallGate.invoke(user.exportAddress("ariadne.loadertest.user.User.sumByCalls(J)J"), CALLS);
                long perCall = (Magic.rdtsc() - start) / CALLS;
                Check.equal(CALLS * (CALLS - 1) / 2, sum, "the sum");
                System.out.println("BENCH cross_cell_call=" + perCall);
                Cells.unload(Cells.USER);
                Cells.unload(Cells.BASE);
            }
        });
    }
}
