package java.lang;

/** The base of every enum class; javac generates the subclasses' constants and values(). */
public abstract class Enum<E extends Enum<E>> implements Comparable<E>, java.io.Serializable {

    private final String name;
    private final int ordinal;

    protected Enum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }

    public final String name() {
        return name;
    }

    public final int ordinal() {
        return ordinal;
    }

    public String toString() {
        return name;
    }

    public final boolean equals(Object other) {
        return this == other;
    }

    public final int hashCode() {
        return super.hashCode();
    }

    protected final Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    /** Constants of one enum class compare by ordinal (the type system keeps classes apart). */
    public final int compareTo(E o) {
        return ordinal - ((Enum<?>) o).ordinal;
    }

    /**
     * Looks a constant up by name; javac calls this from every enum's {@code valueOf(String)}.
     * It needs the class's constant table, which the dialect does not record yet.
     */
    public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
        throw new UnsupportedOperationException(
                "Enum.valueOf needs enum constant tables, not in Ariadne yet");
    }
}
