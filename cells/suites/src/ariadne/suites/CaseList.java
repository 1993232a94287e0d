package ariadne.suites;

/** The cases of one suite, in order (a plain growable array: the runner relies on nothing it tests). */
public final class CaseList {
    private TestCase[] cases = new TestCase[16];
    private int size;

    public void add(TestCase c) {
        if (size == cases.length) {
            TestCase[] larger = new TestCase[size * 2];
            System.arraycopy(cases, 0, larger, 0, size);
            cases = larger;
        }
        cases[size++] = c;
    }

    int size() {
        return size;
    }

    TestCase get(int i) {
        return cases[i];
    }
}
