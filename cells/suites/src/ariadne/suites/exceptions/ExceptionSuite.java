package ariadne.suites.exceptions;

import ariadne.suites.CaseList;
import ariadne.suites.Suite;

/** Throwing and catching in compiled code: handler selection, finally, implicit exceptions, traces, costs. */
public final class ExceptionSuite extends Suite {
    public ExceptionSuite() {
        super("exceptions");
    }

    @Override
    protected void addCases(CaseList cases) {
        HandlerCases.add(cases);
        ImplicitCases.add(cases);
        TraceCases.add(cases);
        ThrowCosts.add(cases);
    }
}
