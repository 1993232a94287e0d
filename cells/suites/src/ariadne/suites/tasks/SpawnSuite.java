package ariadne.suites.tasks;

import ariadne.suites.CaseList;
import ariadne.suites.Suite;

/**
 * The spawn-and-join suite (issue 5): results and arguments, scale, scheduling, kill and
 * detach, synchronisation, then failures. The cases that need catchable exceptions come last,
 * so that the others report even while an uncaught exception still stops the machine.
 */
public final class SpawnSuite extends Suite {
    public SpawnSuite() {
        super("spawn");
    }

    @Override
    protected void addCases(CaseList cases) {
        ResultCases.add(cases);
        ScaleCases.add(cases);
        SchedulingCases.add(cases);
        LifecycleCases.add(cases);
        SyncCases.add(cases);
        MonitorCases.add(cases);
        PreemptionCases.add(cases);
        InitialisationCases.add(cases);
        FailureCases.add(cases);
        InitialisationCases.addFailing(cases);
    }
}
