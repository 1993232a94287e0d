package ariadne.magic;

/** Host-JVM stand-in for the intrinsic bodies; the Ariadne compiler never compiles this package. */
final class Intrinsic {

    private Intrinsic() {
    }

    /** What an intrinsic's body throws if it ever runs: only on a host JVM, where it has no meaning. */
    static UnsupportedOperationException onHost() {
        return new UnsupportedOperationException("ariadne.magic intrinsic called outside Ariadne");
    }
}
