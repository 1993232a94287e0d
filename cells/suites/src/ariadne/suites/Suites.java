package ariadne.suites;

/** Every suite the image knows, by name. Adding a suite is one line here. */
final class Suites {
    private Suites() {
    }

    static Suite named(String name) {
        switch (name) {
            case "selftest":
                return new SelfTestSuite();
            case "spawn":
                return new ariadne.suites.tasks.SpawnSuite();
            case "preempt":
                return new ariadne.suites.tasks.PreemptionSuite();
            case "bench":
                return new ariadne.suites.tasks.TaskBenchSuite();
            case "memory":
                return new ariadne.suites.memory.MemorySuite();
            case "memory-fatal":
                return new ariadne.suites.memory.FatalFaultSuite();
            case "exceptions":
                return new ariadne.suites.exceptions.ExceptionSuite();
            case "loader":
                return new ariadne.suites.loader.LoaderSuite();
            case "loaderbench":
                return new ariadne.suites.loader.LoaderBenchSuite();
            case "swapdemo":
                return new ariadne.suites.loader.SwapDemoSuite();
            default:
                return null;
        }
    }
}
