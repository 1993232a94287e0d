package java.lang;

import java.util.ArrayList;
import java.util.HashMap;

/** Every enum constant constructed so far, by enum class: what Enum.valueOf searches. */
final class EnumConstants {

    private static final HashMap<Class<?>, ArrayList<Enum<?>>> BY_CLASS = new HashMap<Class<?>, ArrayList<Enum<?>>>();

    private EnumConstants() {
    }

    static synchronized void register(Enum<?> constant) {
        Class<?> enumClass = constant.getDeclaringClass();
        ArrayList<Enum<?>> constants = BY_CLASS.get(enumClass);
        if (constants == null) {
            constants = new ArrayList<Enum<?>>();
            BY_CLASS.put(enumClass, constants);
        }
        constants.add(constant);
    }

    @SuppressWarnings("unchecked")
    static synchronized <T extends Enum<T>> T find(Class<T> enumClass, String name) {
        ArrayList<Enum<?>> constants = BY_CLASS.get(enumClass);
        if (constants != null) {
            for (Enum<?> constant : constants) {
                if (constant.name().equals(name)) {
                    return (T) constant;
                }
            }
        }
        return null;
    }
}
