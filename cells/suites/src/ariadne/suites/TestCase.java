package ariadne.suites;

/** One case: passes when {@link #run} returns, fails when it throws. */
public abstract class TestCase {
    final String name;

    protected TestCase(String name) {
        this.name = name;
    }

    protected abstract void run() throws Throwable;
}
