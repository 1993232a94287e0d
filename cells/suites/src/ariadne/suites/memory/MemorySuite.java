package ariadne.suites.memory;

import ariadne.suites.CaseList;
import ariadne.suites.Suite;

/**
 * The memory and interrupts suite (issue 4): footprint and costs first (before the cases allocate), then frames, paging and protection, the heap, time,
 * then heap exhaustion and the faults that must become Java exceptions (last, so that the others report even while
 * an uncaught exception still stops the machine).
 */
public final class MemorySuite extends Suite {
    public MemorySuite() {
        super("memory");
    }

    @Override
    protected void addCases(CaseList cases) {
        Measurements.add(cases);
        FrameCases.add(cases);
        PagingCases.add(cases);
        HeapCases.add(cases);
        TimeCases.add(cases);
        HeapCases.addExhaustion(cases);
        FaultCases.add(cases);
    }
}
