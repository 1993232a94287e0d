package ariadne.base;

/** Byte offsets and flags of a type descriptor (TIB), as fixed by docs/ABI.md. */
public final class TypeLayout {

    /** Super TIB; 0 for java.lang.Object (arrays point at Object's TIB). */
    public static final int SUPER = 0;
    /** Address of the String holding the binary name (Class.getName form). */
    public static final int NAME = 8;
    /** int32: instance size in bytes (objects) or element size in bytes (arrays). */
    public static final int SIZE = 16;
    /** int32: FLAG_* bits. */
    public static final int FLAGS = 20;
    /** Element TIB of an array of references; 0 otherwise. */
    public static final int ELEMENT_TYPE = 24;
    /** int32: depth in the superclass chain (Object = 0). */
    public static final int DEPTH = 32;
    /** int32: number of vtable entries. */
    public static final int VTABLE_LENGTH = 36;
    /** Address of the super-class display: the TIBs from depth 0 to this type's depth. */
    public static final int DISPLAY = 40;
    /** Address of the interface table (0 if none). */
    public static final int INTERFACES = 48;
    /** The java.lang.Class object of this type, 0 until first asked for. */
    public static final int CLASS_OBJECT = 56;
    /** First vtable entry; entries are 8-byte code addresses. */
    public static final int VTABLE = 64;

    public static final int FLAG_ARRAY = 1;
    public static final int FLAG_INTERFACE = 2;
    public static final int FLAG_PRIMITIVE_ARRAY = 4;
    public static final int FLAG_ABSTRACT = 8;
    public static final int FLAG_REFERENCE_ELEMENTS = 16;

    private TypeLayout() {
    }
}
