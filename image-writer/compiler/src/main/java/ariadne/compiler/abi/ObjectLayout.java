package ariadne.compiler.abi;

/** Offsets of the object and array headers (docs/ABI.md, "Objects"). */
public final class ObjectLayout {
    private ObjectLayout() {
    }

    public static final int TIB_OFFSET = 0;
    public static final int STATUS_OFFSET = 8;
    /** Size of an object header; the first instance field starts here. */
    public static final int OBJECT_HEADER_SIZE = 16;
    public static final int ARRAY_LENGTH_OFFSET = 16;
    /** Offset of element 0 of an array. */
    public static final int ARRAY_ELEMENTS_OFFSET = 24;
}
