package ariadne.suites.loader;

import ariadne.loader.LoadResult;
import ariadne.loader.LoadedCell;
import ariadne.loader.Loader;
import ariadne.loader.Outcome;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.TestCase;

/** Cells that depend on cells: resolution, initialisation order, the dependency graph, unload order. */
final class DependencyCases {
    private static final String BASE_CLASS = "ariadne.loadertest.base.Base";
    private static final String USER_CLASS = "ariadne.loadertest.user.User";

    private DependencyCases() {
    }

    /** Loads base then user, from a namespace without either. */
    private static LoadedCell[] loadBoth() {
        Cells.absent(Cells.USER);
        Cells.absent(Cells.BASE);
        LoadedCell base = Cells.load(Cells.BASE, 1);
        LoadedCell user = Cells.load(Cells.USER, 1);
        return new LoadedCell[] {base, user};
    }

    private static void unloadBoth() {
        Cells.unload(Cells.USER);
        Cells.unload(Cells.BASE);
    }

    static void addTo(CaseList cases) {
        cases.add(new TestCase("initialisersRunAtLoadInDependencyOrder") {
            @Override
            protected void run() {
                LoadedCell[] cells = loadBoth();
                Check.equal(2, cells[0].exportAddress("clinit-state:" + BASE_CLASS).loadByte(), "Base initialised at load");
                Check.equal(2, cells[1].exportAddress("clinit-state:" + USER_CLASS).loadByte(), "User initialised at load");
                long base = Cells.call(cells[0], BASE_CLASS + ".stamp()J");
                long user = Cells.call(cells[1], USER_CLASS + ".stamp()J");
                Check.isTrue(base < user, "base stamp " + base + " before user stamp " + user);
                unloadBoth();
            }
        });
        cases.add(new TestCase("missingSymbolIsRefusedByName") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared.result")
            protected void run() {
                Cells.absent(Cells.USER);
                Cells.absent(Cells.BASE);
                long pages = Loader.pagesInUse();
                LoadResult result = Loader.loadFromArchive(Cells.USER, 1);
                Cells.refused(result, "missing symbol ");
                Cells.refused(result, "ariadne.loadertest.base.Base");
                Cells.refused(result, "cell loader-test-user v1");
                Check.equal(pages, Loader.pagesInUse(), "pages after the refusal");
                Check.isTrue(Loader.namespace().find(Cells.USER) == null, "nothing registered");
            }
        });
        cases.add(new TestCase("cellWithDependentsIsNotUnloaded") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared.result")
            protected void run() {
                loadBoth();
                Outcome outcome = Loader.unload(Cells.BASE);
                Check.isTrue(!outcome.isDone(), "base stays: " + outcome);
                Check.isTrue(outcome.message().contains("used by loader-test-user"), outcome.message());
                Check.isTrue(Loader.namespace().find(Cells.BASE) != null, "base still loaded");
                unloadBoth();
            }
        });
        cases.add(new TestCase("dependencyGraphLinksSectionToSection") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings({"ownership:cell.boundary.shared", "ownership:cell.boundary.shared.result"})
            protected void run() {
                LoadedCell[] cells = loadBoth();
                LoadedCell[] dependents = Loader.namespace().dependentsOf(cells[0]);
                Check.equal(1, dependents.length, "dependents of base");
                Check.isTrue(dependents[0] == cells[1], "user depends on base");
                Check.equal(0, Loader.namespace().dependentsOf(cells[1]).length, "dependents of user");
                boolean found = false;
                for (int i = 0; i < cells[1].linkCount(); i++) {
                    Check.isTrue(cells[1].linkTarget(i) == cells[0], "every link of user goes to base");
                    String from = cells[1].sectionName(cells[1].linkSourceSection(i));
                    String to = cells[0].sectionName(cells[1].linkTargetSection(i));
                    found |= from.equals(".rodata.type." + USER_CLASS + "$Square")
                            && to.equals(".rodata.type.ariadne.loadertest.base.Shape");
                }
                Check.isTrue(found, "Square's type descriptor refers to Shape's");
                Check.isTrue(cells[1].imageReferences() > 0, "user also refers to the image");
                unloadBoth();
            }
        });
        cases.add(new TestCase("virtualCallsCrossCells") {
            @Override
            protected void run() {
                LoadedCell[] cells = loadBoth();
                long twice = ariadne.loader.CallGate.invoke(
                        cells[1].exportAddress(USER_CLASS + ".twiceTheAreaOfSquare(J)J"), 3);
                Check.equal(18, twice, "Square(3) through Shape's code in the other cell");
                unloadBoth();
            }
        });
        cases.add(new TestCase("weakLiteralIsTheImagesObject") {
            @Override
            protected void run() {
                LoadedCell[] cells = loadBoth();
                Object literal = Cells.callForObject(cells[1], USER_CLASS + ".sharedLiteral()Ljava/lang/String;");
                Check.isTrue(literal == "loader: shared literal", "one object for one literal");
                unloadBoth();
            }
        });
        cases.add(new TestCase("aLoadedCellIsNotLoadedTwice") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings("ownership:cell.boundary.shared.result")
            protected void run() {
                Cells.absent(Cells.COUNTER);
                Cells.load(Cells.COUNTER, 1);
                long pages = Loader.pagesInUse();
                Cells.refused(Loader.loadFromArchive(Cells.COUNTER, 2), "counter v1 is already loaded");
                Check.equal(pages, Loader.pagesInUse(), "pages after the refusal");
                Cells.unload(Cells.COUNTER);
            }
        });
        cases.add(new TestCase("aSymbolDefinedTwiceIsRefused") {
            @Override
            // sound: a loader test inspects the loader's own records and hands it bytes it built, on purpose; suites run one case at a time on one task, so nothing changes them underneath
            @SuppressWarnings({"ownership:cell.boundary.shared", "ownership:cell.boundary.shared.result"})
            protected void run() {
                Cells.absent(Cells.COUNTER);
                Cells.load(Cells.COUNTER, 1);
                byte[] renamed = Cells.archived(Cells.COUNTER, 2);
                Check.isTrue(Corruption.rename(renamed, "counter-v2", "counterXv2"), "renamed the copy");
                Cells.refused(Loader.load(renamed), "symbol ariadne.demo.counter.Counter");
                Cells.refused(Loader.load(renamed), "is already defined by cell counter v1");
                Cells.unload(Cells.COUNTER);
            }
        });
    }
}
