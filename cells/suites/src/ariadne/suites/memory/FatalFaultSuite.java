package ariadne.suites.memory;

import ariadne.magic.Address;
import ariadne.memory.CpuState;
import ariadne.suites.CaseList;
import ariadne.suites.Suite;
import ariadne.suites.TestCase;

/**
 * A fault that must not become a Java exception: a null dereference with interrupts disabled
 * (a nucleus critical section). The machine must print the full report and stop, so this case
 * never reports; its JUnit test reads the report instead.
 */
public final class FatalFaultSuite extends Suite {
    /** The address the case reads: in page 0, but in a critical section. */
    public static final long FAULT_ADDRESS = 0x18;

    public FatalFaultSuite() {
        super("memory-fatal");
    }

    @Override
    protected void addCases(CaseList cases) {
        cases.add(new TestCase("nullDereferenceInACriticalSectionStops") {
            @Override
            protected void run() {
                CpuState.disableInterrupts();
                Address.fromLong(FAULT_ADDRESS).loadLong(0);
            }
        });
    }
}
