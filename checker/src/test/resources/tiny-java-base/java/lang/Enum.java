package java.lang;

public abstract class Enum<E extends Enum<E>> implements Comparable<E> {
    protected Enum(String name, int ordinal) {}

    public static <T extends Enum<T>> T valueOf(Class<T> type, String name) {
        return null;
    }
}
