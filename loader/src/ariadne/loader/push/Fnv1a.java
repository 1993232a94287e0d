package ariadne.loader.push;

/** The 32-bit FNV-1a hash: the checksum of a pushed frame (the host computes the same). */
public final class Fnv1a {
    public static final int OFFSET_BASIS = 0x811c9dc5;
    public static final int PRIME = 0x01000193;

    private Fnv1a() {
    }

    /** {@code hash} extended by one byte. */
    public static int add(int hash, int b) {
        return (hash ^ (b & 0xff)) * PRIME;
    }
}
