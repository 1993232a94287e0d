package ariadne.suites.tasks;

/** The order in which tasks did something, as a comma-separated list of numbers. */
final class OrderLog {
    private final StringBuilder entries = new StringBuilder();
    private int count;

    void add(long value) {
        if (count++ > 0) {
            entries.append(',');
        }
        entries.append(value);
    }

    int count() {
        return count;
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
