package ariadne.compiler.abi;

/** Offsets and flags of a type descriptor (docs/ABI.md, "Type descriptors (TIB)"). */
public final class TibLayout {
    private TibLayout() {
    }

    public static final int SUPER = 0;
    public static final int NAME = 8;
    public static final int SIZE = 16;
    public static final int FLAGS = 20;
    public static final int ELEMENT_TIB = 24;
    public static final int DEPTH = 32;
    public static final int VTABLE_LENGTH = 36;
    public static final int DISPLAY = 40;
    public static final int INTERFACE_TABLE = 48;
    public static final int CLASS_OBJECT = 56;
    public static final int VTABLE = 64;

    public static final int FLAG_ARRAY = 1;
    public static final int FLAG_INTERFACE = 2;
    public static final int FLAG_PRIMITIVE_ARRAY = 4;
    public static final int FLAG_ABSTRACT = 8;
    public static final int FLAG_REFERENCE_ELEMENTS = 16;

    /** Offset of vtable entry {@code index}. */
    public static int vtableEntry(int index) {
        return VTABLE + 8 * index;
    }
}
