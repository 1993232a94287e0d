package ariadne.base;

import ariadne.magic.Address;

/**
 * Subtype tests on type descriptors, for the runtime's own needs (arraycopy store checks).
 * Class targets use the constant-time super-class display; array types are covariant in
 * their reference element types.
 */
public final class TypeCheck {

    private TypeCheck() {
    }

    /** Whether a value of type {@code from} may be stored where {@code to} is expected. */
    public static boolean isAssignable(Address from, Address to) {
        if (from.toLong() == to.toLong()) {
            return true;
        }
        int toFlags = to.loadInt(TypeLayout.FLAGS);
        if ((toFlags & TypeLayout.FLAG_INTERFACE) != 0) {
            // Interface tables have no settled layout yet: interfaces are not checked.
            return true;
        }
        if ((toFlags & TypeLayout.FLAG_ARRAY) != 0) {
            return isAssignableArray(from, to, toFlags);
        }
        int depth = to.loadInt(TypeLayout.DEPTH);
        if (from.loadInt(TypeLayout.DEPTH) < depth) {
            return false;
        }
        Address display = from.loadAddress(TypeLayout.DISPLAY);
        return display.loadAddress(8L * depth).toLong() == to.toLong();
    }

    private static boolean isAssignableArray(Address from, Address to, int toFlags) {
        int fromFlags = from.loadInt(TypeLayout.FLAGS);
        boolean bothReferenceArrays = (fromFlags & TypeLayout.FLAG_REFERENCE_ELEMENTS) != 0
                && (toFlags & TypeLayout.FLAG_REFERENCE_ELEMENTS) != 0;
        return bothReferenceArrays && isAssignable(from.loadAddress(TypeLayout.ELEMENT_TYPE),
                to.loadAddress(TypeLayout.ELEMENT_TYPE));
    }

    /** Whether {@code object} (not null) is an instance of {@code type}. */
    public static boolean isInstance(Object object, Address type) {
        return isAssignable(ObjectLayout.typeOf(object), type);
    }

    /** The binary name of a type ({@code java.lang.String}, {@code [I}, ...). */
    public static String nameOf(Address type) {
        return (String) ariadne.magic.Magic.addressAsObject(type.loadAddress(TypeLayout.NAME));
    }
}
