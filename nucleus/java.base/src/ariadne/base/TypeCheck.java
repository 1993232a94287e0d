package ariadne.base;

import ariadne.magic.Address;

/**
 * Subtype tests on type descriptors, for the runtime's own needs (arraycopy store checks).
 * Class targets use the constant-time super-class display, interface targets the interface
 * table ({@code [int64 count][interface TIB, method table] * count}, every interface the class
 * implements, directly or not); array types are covariant in their reference element types
 * and implement Cloneable and Serializable.
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
            return implementsInterface(from, to);
        }
        if ((toFlags & TypeLayout.FLAG_ARRAY) != 0) {
            return isAssignableArray(from, to, toFlags);
        }
        if (to.loadAddress(TypeLayout.SUPER).isZero()) {
            return true; // java.lang.Object, the only class without a superclass
        }
        int fromFlags = from.loadInt(TypeLayout.FLAGS);
        if ((fromFlags & (TypeLayout.FLAG_INTERFACE | TypeLayout.FLAG_ARRAY)) != 0) {
            return false;
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

    private static boolean implementsInterface(Address type, Address itf) {
        if ((type.loadInt(TypeLayout.FLAGS) & TypeLayout.FLAG_ARRAY) != 0) {
            String name = nameOf(itf);
            return name.equals("java.lang.Cloneable") || name.equals("java.io.Serializable");
        }
        Address table = type.loadAddress(TypeLayout.INTERFACES);
        if (table.isZero()) {
            return false;
        }
        long count = table.loadLong();
        for (long i = 0; i < count; i++) {
            if (table.loadAddress(8 + 16 * i).toLong() == itf.toLong()) {
                return true;
            }
        }
        return false;
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
