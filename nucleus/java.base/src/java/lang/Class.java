package java.lang;

import ariadne.magic.Address;
import ariadne.magic.Entrypoint;
import ariadne.magic.Magic;
import ariadne.base.PrimitiveNames;
import ariadne.base.TypeLayout;

/**
 * A Java type, seen through its type descriptor (TIB, docs/ABI.md). The one {@code Class}
 * object of a type is kept in the descriptor's Class slot, created on first use.
 */
public final class Class<T> implements java.io.Serializable {

    /** Address of the type descriptor (a word, so the collector never follows it). */
    private final long typeDescriptor;

    private Class(long typeDescriptor) {
        this.typeDescriptor = typeDescriptor;
    }

    /**
     * The Class of the type whose descriptor is at {@code type}. Also what a class literal
     * ({@code ldc} of a class) compiles to: a call with the literal's type descriptor.
     */
    @Entrypoint
    static Class<?> forTypeDescriptor(Address type) {
        Address slot = type.plus(TypeLayout.CLASS_OBJECT);
        Address existing = slot.loadAddress();
        if (!existing.isZero()) {
            return (Class<?>) Magic.addressAsObject(existing);
        }
        Class<?> created = new Class<Object>(type.toLong());
        slot.storeAddress(Magic.objectAddress(created));
        return created;
    }

    private Address descriptor() {
        return Address.fromLong(typeDescriptor);
    }

    /** The binary name, e.g. {@code java.lang.String}, {@code [I}, {@code [Ljava.lang.String;}. */
    public String getName() {
        return (String) Magic.addressAsObject(descriptor().loadAddress(TypeLayout.NAME));
    }

    /** The name in source form without package or enclosing class, e.g. {@code int[][]}. */
    public String getSimpleName() {
        String name = getName();
        int dimensions = 0;
        while (name.charAt(dimensions) == '[') {
            dimensions++;
        }
        String element = dimensions == 0 ? name : elementName(name.substring(dimensions));
        int dollar = element.lastIndexOf('$');
        int dot = element.lastIndexOf('.');
        int start = Math.max(dollar, dot) + 1;
        if (dollar > dot) {
            // Anonymous and local classes: Outer$1 and Outer$1Local.
            while (start < element.length() && element.charAt(start) >= '0'
                    && element.charAt(start) <= '9') {
                start++;
            }
        }
        StringBuilder simple = new StringBuilder(element.substring(start));
        for (int i = 0; i < dimensions; i++) {
            simple.append("[]");
        }
        return simple.toString();
    }

    /** The source name of an array element descriptor such as {@code I} or {@code Lpkg.C;}. */
    private static String elementName(String descriptor) {
        String primitive = PrimitiveNames.of(descriptor.charAt(0));
        return primitive != null ? primitive : descriptor.substring(1, descriptor.length() - 1);
    }

    /**
     * The name as in source, e.g. {@code pkg.Outer.Inner} or {@code int[]}; null for local and
     * anonymous classes (a nested name part that starts with a digit).
     */
    public String getCanonicalName() {
        if (isArray()) {
            String name = getName();
            int dimensions = 0;
            while (name.charAt(dimensions) == '[') {
                dimensions++;
            }
            String element = elementName(name.substring(dimensions));
            if (element.indexOf('$') >= 0 && canonical(element) == null) {
                return null;
            }
            StringBuilder text = new StringBuilder(canonical(element));
            for (int i = 0; i < dimensions; i++) {
                text.append("[]");
            }
            return text.toString();
        }
        return canonical(getName());
    }

    private static String canonical(String binaryName) {
        int dollar = binaryName.indexOf('$');
        while (dollar >= 0) {
            if (dollar + 1 >= binaryName.length() || Character.isDigit(binaryName.charAt(dollar + 1))) {
                return null;
            }
            dollar = binaryName.indexOf('$', dollar + 1);
        }
        return binaryName.replace('$', '.');
    }

    public boolean isArray() {
        return (flags() & TypeLayout.FLAG_ARRAY) != 0;
    }

    public boolean isInterface() {
        return (flags() & TypeLayout.FLAG_INTERFACE) != 0;
    }

    public Class<? super T> getSuperclass() {
        if (isInterface()) {
            return null;
        }
        Address superType = descriptor().loadAddress(TypeLayout.SUPER);
        if (superType.isZero()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Class<? super T> result = (Class<? super T>) forTypeDescriptor(superType);
        return result;
    }

    /** Assertions are never enabled in Ariadne (the JDK's default). */
    public boolean desiredAssertionStatus() {
        return false;
    }

    public String toString() {
        return (isInterface() ? "interface " : "class ").concat(getName());
    }

    private int flags() {
        return descriptor().loadInt(TypeLayout.FLAGS);
    }
}
