package java.lang.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.TypeDescriptor;

/**
 * The bootstrap javac names for a record's equals, hashCode and toString; the image writer
 * replaces every such call site with generated code.
 */
public class ObjectMethods {

    private ObjectMethods() {
    }

    public static Object bootstrap(MethodHandles.Lookup lookup, String methodName,
            TypeDescriptor type, Class<?> recordClass, String names, MethodHandle... getters) {
        throw new UnsupportedOperationException("invokedynamic is lowered at build time in Ariadne");
    }
}
