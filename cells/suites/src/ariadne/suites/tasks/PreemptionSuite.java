package ariadne.suites.tasks;

import ariadne.suites.CaseList;
import ariadne.suites.Suite;

/**
 * {@code program preempt}: the spawn suite's preemption cases, the mixed workload repeated, for
 * booting many times in a row when hunting a race (each boot's timing differs).
 */
public final class PreemptionSuite extends Suite {
    private static final int REPEATS = 4;

    public PreemptionSuite() {
        super("preempt");
    }

    @Override
    protected void addCases(CaseList cases) {
        PreemptionCases.addClassInitialisation(cases);
        for (int i = 0; i < REPEATS; i++) {
            PreemptionCases.addWorkload(cases);
        }
    }
}
