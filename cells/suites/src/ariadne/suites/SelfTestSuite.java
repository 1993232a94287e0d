package ariadne.suites;

/** Checks the runner itself: a case that throws is reported as failed and the next case still runs. */
final class SelfTestSuite extends Suite {
    SelfTestSuite() {
        super("selftest");
    }

    @Override
    protected void addCases(CaseList cases) {
        cases.add(new TestCase("assertionsPass") {
            @Override
            protected void run() {
                Check.equal(4, 2 + 2, "2 + 2");
                Check.equal("ab", "a" + "b", "concatenation");
                Check.isTrue(true, "true");
            }
        });
        cases.add(new TestCase("failureIsCaughtAndReported") {
            @Override
            protected void run() {
                boolean reported = false;
                try {
                    Check.equal(1, 2, "one");
                } catch (AssertionError e) {
                    reported = e.getMessage().equals("one: expected 1 but was 2");
                }
                Check.isTrue(reported, "a failed check throws AssertionError with its message");
            }
        });
    }
}
