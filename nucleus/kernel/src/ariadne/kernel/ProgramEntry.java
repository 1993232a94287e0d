package ariadne.kernel;

import ariadne.magic.Entrypoint;

/**
 * The user program's {@code main}, bound at link time (docs/ABI.md, "Link-time bound
 * methods"): the image writer aliases {@link #main} to {@code pkg.Main.main} of the program it
 * builds in, or to {@link #absent} in an image without one.
 */
public final class ProgramEntry {

    private ProgramEntry() {
    }

    static native void main(String[] args);

    /** What {@link #main} is in an image built without a program. */
    @Entrypoint
    static void absent(String[] args) {
        throw new IllegalStateException(
                "this image holds no program: build one with `make java MAIN=... SRC=...`");
    }
}
