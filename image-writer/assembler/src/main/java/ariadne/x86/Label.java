package ariadne.x86;

/**
 * A position in an assembler's output, possibly not known yet. Jumps to an unbound label are
 * patched when {@link Assembler#bind(Label)} is called.
 */
public final class Label {
    private static final int UNBOUND = -1;

    private int position = UNBOUND;
    /** The assembler whose offsets this label counts; set by its first use. */
    private Assembler owner;

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

    /** Ties the label to one assembler: its position means nothing in another buffer. */
    void useIn(Assembler assembler) {
        if (owner == null) {
            owner = assembler;
        } else if (owner != assembler) {
            throw new IllegalStateException("label belongs to another assembler");
        }
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
