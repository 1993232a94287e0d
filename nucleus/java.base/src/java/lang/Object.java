package java.lang;

import ariadne.base.IdentityHash;
import ariadne.base.ObjectLayout;
import ariadne.runtime.ObjectCopy;

/** The root class. The header (type descriptor, status word) is laid out by docs/ABI.md. */
public class Object {

    public Object() {
    }

    public final Class<?> getClass() {
        return Class.forTypeDescriptor(ObjectLayout.typeOf(this));
    }

    public int hashCode() {
        return IdentityHash.of(this);
    }

    public boolean equals(Object obj) {
        return this == obj;
    }

    /** A shallow copy, for Cloneable classes and arrays (what an array's clone() is). */
    protected Object clone() throws CloneNotSupportedException {
        if (!(this instanceof Cloneable)) {
            throw new CloneNotSupportedException(getClass().getName());
        }
        return ObjectCopy.shallowCopy(this);
    }

    public String toString() {
        return getClass().getName().concat("@").concat(Integer.toHexString(hashCode()));
    }
}
