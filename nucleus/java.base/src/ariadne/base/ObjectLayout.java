package ariadne.base;

import ariadne.magic.Address;
import ariadne.magic.Magic;

/** The object header of docs/ABI.md, and reading it. */
public final class ObjectLayout {

    /** Address of the type descriptor. */
    public static final int TYPE = 0;
    /** Status word: identity hash in the upper 32 bits, lock bits in the lower. */
    public static final int STATUS = 8;
    /** int32 length of an array. */
    public static final int ARRAY_LENGTH = 16;
    /** First element of an array. */
    public static final int ARRAY_ELEMENTS = 24;
    /** First instance field of an object. */
    public static final int FIELDS = 16;

    private ObjectLayout() {
    }

    /** The type descriptor of a non-null object. */
    public static Address typeOf(Object object) {
        return Magic.objectAddress(object).loadAddress(TYPE);
    }

    /** The length of a non-null array. */
    public static int arrayLength(Object array) {
        return Magic.objectAddress(array).loadInt(ARRAY_LENGTH);
    }
}
