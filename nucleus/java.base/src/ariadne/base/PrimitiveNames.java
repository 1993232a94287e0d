package ariadne.base;

/** Source names of primitive types by their descriptor letter ({@code I} is "int"). */
public final class PrimitiveNames {

    private static final String DESCRIPTORS = "ZBCSIJFD";
    private static final String[] NAMES = {
        "boolean", "byte", "char", "short", "int", "long", "float", "double"
    };

    private PrimitiveNames() {
    }

    /** The name for {@code descriptor}, or null if it is not a primitive descriptor letter. */
    public static String of(char descriptor) {
        int index = DESCRIPTORS.indexOf(descriptor);
        return index < 0 ? null : NAMES[index];
    }
}
