package ariadne.suites;

/**
 * Runs the suites named on the command line ({@code program memory tasks}) and prints one line
 * per case, the protocol the QEMU harness reads:
 * <pre>
 *   CASE suite.case PASS
 *   CASE suite.case FAIL ExceptionClass: message
 *   SUITE suite END passed failed
 * </pre>
 * The exit status is the number of failed cases (capped at 100), 2 for an unknown suite.
 */
public final class SuiteRunner {
    private SuiteRunner() {
    }

    public static void main(String[] args) {
        int failed = 0;
        for (String name : args) {
            Suite suite = Suites.named(name);
            if (suite == null) {
                System.out.println("SUITE " + name + " UNKNOWN");
                System.exit(2);
            }
            failed += run(suite);
        }
        System.exit(Math.min(failed, 100));
    }

    private static int run(Suite suite) {
        CaseList cases = new CaseList();
        suite.addCases(cases);
        int failed = 0;
        for (int i = 0; i < cases.size(); i++) {
            TestCase c = cases.get(i);
            String id = "CASE " + suite.name() + "." + c.name;
            try {
                c.run();
                System.out.println(id + " PASS");
            } catch (Throwable t) {
                failed++;
                System.out.println(id + " FAIL " + t);
            }
        }
        System.out.println("SUITE " + suite.name() + " END " + (cases.size() - failed) + " " + failed);
        return failed;
    }
}
