package ariadne.runtime;

import ariadne.base.Memory;
import ariadne.base.ObjectLayout;
import ariadne.base.TypeLayout;
import ariadne.magic.Address;
import ariadne.magic.Magic;

/** Copies of objects and arrays: what Object.clone and Arrays.copyOf need from the heap. */
public final class ObjectCopy {

    private ObjectCopy() {
    }

    /** A shallow copy of a non-null object or array; the copy has a fresh identity hash. */
    public static Object shallowCopy(Object original) {
        Address type = ObjectLayout.typeOf(original);
        Address from = Magic.objectAddress(original);
        if ((type.loadInt(TypeLayout.FLAGS) & TypeLayout.FLAG_ARRAY) != 0) {
            int length = ObjectLayout.arrayLength(original);
            Object copy = newArrayLike(original, length);
            Memory.copy(Magic.objectAddress(copy).plus(ObjectLayout.ARRAY_ELEMENTS),
                    from.plus(ObjectLayout.ARRAY_ELEMENTS),
                    (long) length * type.loadInt(TypeLayout.SIZE));
            return copy;
        }
        int size = type.loadInt(TypeLayout.SIZE);
        Object copy = Allocator.allocateObject(type, size);
        Memory.copy(Magic.objectAddress(copy).plus(ObjectLayout.FIELDS),
                from.plus(ObjectLayout.FIELDS), size - ObjectLayout.FIELDS);
        return copy;
    }

    /** A new zeroed array of {@code length} elements of the same type as {@code array}. */
    public static Object newArrayLike(Object array, int length) {
        Address type = ObjectLayout.typeOf(array);
        return Allocator.allocateArray(type, length, type.loadInt(TypeLayout.SIZE));
    }
}
