package ariadne.x86;

/**
 * A position in an assembler's output, possibly not known yet. Jumps to an unbound label are
 * patched when {@link Assembler#bind(Label)} is called.
 */
public final class Label {
    private static final int UNBOUND = -1;

    private int position = UNBOUND;

    public boolean isBound() {
        return position != UNBOUND;
    }

    /** Offset of the label in the assembled bytes. */
    public int position() {
        if (!isBound()) {
            throw new IllegalStateException("label is not bound");
        }
        return position;
    }

    void bindAt(int offset) {
        if (isBound()) {
            throw new IllegalStateException("label is already bound at " + position);
        }
        position = offset;
    }

    @Override
    public String toString() {
        return isBound() ? "Label@" + position : "Label(unbound)";
    }
}
