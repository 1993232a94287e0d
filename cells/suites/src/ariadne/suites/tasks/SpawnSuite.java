package ariadne.suites.tasks;

import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.Suite;
import ariadne.suites.TestCase;
import ariadne.task.JoinHandle;
import ariadne.task.OneShot;
import ariadne.task.Task;

/** Smoke cases while the suite grows. */
public final class SpawnSuite extends Suite {
    public SpawnSuite() {
        super("spawn");
    }

    @Override
    protected void addCases(CaseList cases) {
        cases.add(new TestCase("returnsBoxedInteger") {
            @Override
            protected void run() {
                JoinHandle<Integer> h = Task.spawn(new OneShot<Integer, Integer>() {
                    @Override
                    public Integer run(Integer x) {
                        return x * 2;
                    }
                }, 21);
                Check.equal(42, h.join().intValue(), "result");
            }
        });
    }
}
