package ariadne.suites.loader;

import ariadne.suites.CaseList;
import ariadne.suites.Suite;

/** The in-OS cell loader: loading, validation, the namespace, unloading and live swap. */
public final class LoaderSuite extends Suite {
    public LoaderSuite() {
        super("loader");
    }

    @Override
    protected void addCases(CaseList cases) {
        LoadCases.addTo(cases);
        RelocationCases.addTo(cases);
        DependencyCases.addTo(cases);
        MalformedCases.addTo(cases);
        MutationCases.addTo(cases);
        SwapCases.addTo(cases);
        TaskCases.addTo(cases);
    }
}
