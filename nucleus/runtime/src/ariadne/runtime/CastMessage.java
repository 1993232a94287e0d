package ariadne.runtime;

/**
 * HotSpot's ClassCastException message: "class A cannot be cast to class B (A and B are in
 * module java.base of loader 'bootstrap')". Ariadne has no class loaders; the module part is
 * derived from the name, so that programs print what they print on HotSpot: classes of the
 * dialect's java.base module (and arrays of them or of primitives) are the bootstrap loader's,
 * all others the application loader's.
 */
public final class CastMessage {

    private static final String JAVA_BASE = "module java.base of loader 'bootstrap'";
    private static final String APPLICATION = "unnamed module of loader 'app'";

    private CastMessage() {
    }

    public static String of(String from, String to) {
        StringBuilder message = new StringBuilder("class ").append(from)
                .append(" cannot be cast to class ").append(to).append(" (");
        String fromModule = moduleOf(from);
        String toModule = moduleOf(to);
        if (fromModule.equals(toModule)) {
            message.append(from).append(" and ").append(to).append(" are in ").append(fromModule);
        } else {
            message.append(from).append(" is in ").append(fromModule).append("; ")
                    .append(to).append(" is in ").append(toModule);
        }
        return message.append(')').toString();
    }

    /** Where HotSpot would say the class named {@code binaryName} lives. */
    static String moduleOf(String binaryName) {
        int dimensions = 0;
        while (binaryName.charAt(dimensions) == '[') {
            dimensions++;
        }
        if (dimensions > 0 && binaryName.charAt(dimensions) != 'L') {
            return JAVA_BASE;
        }
        String element = dimensions == 0 ? binaryName : binaryName.substring(dimensions + 1);
        boolean inJavaBase = element.startsWith("java.") || element.startsWith("ariadne.magic.")
                || element.startsWith("ariadne.runtime.");
        return inJavaBase ? JAVA_BASE : APPLICATION;
    }
}
