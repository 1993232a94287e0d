package ariadne.suites;

/**
 * An in-OS test suite: a named list of cases. The QEMU harness boots the image with
 * {@code program NAME...} and turns each reported case into one JUnit test.
 */
public abstract class Suite {
    private final String name;

    protected Suite(String name) {
        this.name = name;
    }

    public final String name() {
        return name;
    }

    /** Adds every case of this suite to {@code cases}, in the order they should run. */
    protected abstract void addCases(CaseList cases);
}
