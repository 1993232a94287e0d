package java.lang;

/** The base of every enum class; javac generates the subclasses' constants and values(). */
public abstract class Enum<E extends Enum<E>> implements Comparable<E>, java.io.Serializable {

    private final String name;
    private final int ordinal;

    protected Enum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
        EnumConstants.register(this);
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

    /** The enum class of this constant (a constant with a body is an instance of a subclass). */
    @SuppressWarnings("unchecked")
    public final Class<E> getDeclaringClass() {
        Class<?> clazz = getClass();
        Class<?> zuper = clazz.getSuperclass();
        return (zuper == Enum.class) ? (Class<E>) clazz : (Class<E>) zuper;
    }

    /**
     * Looks a constant up by name; javac calls this from every enum's {@code valueOf(String)}.
     * Constants register themselves when constructed, so the enum class must have been
     * initialised (it always is when called from its own valueOf).
     */
    public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
        if (name == null) {
            throw new NullPointerException("Name is null");
        }
        T constant = EnumConstants.find(enumClass, name);
        if (constant == null) {
            throw new IllegalArgumentException("No enum constant " + enumClass.getCanonicalName() + "." + name);
        }
        return constant;
    }
}
