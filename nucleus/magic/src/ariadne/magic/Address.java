package ariadne.magic;

/**
 * An unboxed 64-bit machine word used as a memory address.
 *
 * <p>javac sees an ordinary final class; the Ariadne compiler sees a raw value in one slot and
 * replaces every method below with its instruction sequence (the bodies never run in the OS).
 * An {@code Address} may never flow where an {@code Object} is expected: the compiler rejects
 * that. Only privileged cells may use this class.
 *
 * <p>Loads and stores access memory at {@code this} (or {@code this + offset}) with the
 * natural width of the type; sub-word loads sign-extend ({@code loadChar} zero-extends), as
 * the JVM's array loads do. No alignment is required.
 */
public final class Address {

    private Address() {
    }

    /** The address whose 64 bits are {@code bits}. */
    public static Address fromLong(long bits) {
        throw Intrinsic.onHost();
    }

    /** The address 0 (the representation of {@code null}). */
    public static Address zero() {
        throw Intrinsic.onHost();
    }

    /** The 64 bits of this address. */
    public long toLong() {
        throw Intrinsic.onHost();
    }

    /** {@code this + bytes} (wraps around). */
    public Address plus(long bytes) {
        throw Intrinsic.onHost();
    }

    /** {@code this - bytes} (wraps around). */
    public Address minus(long bytes) {
        throw Intrinsic.onHost();
    }

    /** {@code this - other} in bytes. */
    public long diff(Address other) {
        throw Intrinsic.onHost();
    }

    /** Whether this is address 0. */
    public boolean isZero() {
        throw Intrinsic.onHost();
    }

    /** Unsigned comparison: whether this address is below {@code other}. */
    public boolean lessThan(Address other) {
        throw Intrinsic.onHost();
    }

    public byte loadByte() {
        throw Intrinsic.onHost();
    }

    public byte loadByte(long offset) {
        throw Intrinsic.onHost();
    }

    public short loadShort() {
        throw Intrinsic.onHost();
    }

    public short loadShort(long offset) {
        throw Intrinsic.onHost();
    }

    public char loadChar() {
        throw Intrinsic.onHost();
    }

    public char loadChar(long offset) {
        throw Intrinsic.onHost();
    }

    public int loadInt() {
        throw Intrinsic.onHost();
    }

    public int loadInt(long offset) {
        throw Intrinsic.onHost();
    }

    public long loadLong() {
        throw Intrinsic.onHost();
    }

    public long loadLong(long offset) {
        throw Intrinsic.onHost();
    }

    public Address loadAddress() {
        throw Intrinsic.onHost();
    }

    public Address loadAddress(long offset) {
        throw Intrinsic.onHost();
    }

    public void storeByte(byte value) {
        throw Intrinsic.onHost();
    }

    public void storeByte(long offset, byte value) {
        throw Intrinsic.onHost();
    }

    public void storeShort(short value) {
        throw Intrinsic.onHost();
    }

    public void storeShort(long offset, short value) {
        throw Intrinsic.onHost();
    }

    public void storeChar(char value) {
        throw Intrinsic.onHost();
    }

    public void storeChar(long offset, char value) {
        throw Intrinsic.onHost();
    }

    public void storeInt(int value) {
        throw Intrinsic.onHost();
    }

    public void storeInt(long offset, int value) {
        throw Intrinsic.onHost();
    }

    public void storeLong(long value) {
        throw Intrinsic.onHost();
    }

    public void storeLong(long offset, long value) {
        throw Intrinsic.onHost();
    }

    public void storeAddress(Address value) {
        throw Intrinsic.onHost();
    }

    public void storeAddress(long offset, Address value) {
        throw Intrinsic.onHost();
    }
}
