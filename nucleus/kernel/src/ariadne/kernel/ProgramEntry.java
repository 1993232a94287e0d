package ariadne.kernel;

/**
 * The generic runner's hook: {@link #main} has no body here; the image writer binds its symbol at
 * link time to the user program's {@code main}, or to {@link #absent} in an image without one
 * (docs/ABI.md, "Link-time bound methods").
 */
public final class ProgramEntry {
    private ProgramEntry() {
    }

    /** Runs the program linked into this image. */
    public static native void main(String[] args);

    /** What {@link #main} is bound to when the image holds no program. */
    public static void absent(String[] args) {
        throw new IllegalStateException("this image holds no program: build one with `make java MAIN=... SRC=...`");
    }
}
