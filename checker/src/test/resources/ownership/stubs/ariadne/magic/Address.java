package ariadne.magic;

/** Stand-in for the dialect's unboxed address. */
public final class Address {
    private final long value;

    private Address(long value) {
        this.value = value;
    }

    public static Address fromLong(long value) {
        return new Address(value);
    }

    public long toLong() {
        return value;
    }
}
