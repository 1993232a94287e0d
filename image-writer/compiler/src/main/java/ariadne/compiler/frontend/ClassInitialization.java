package ariadne.compiler.frontend;

import org.objectweb.asm.tree.ClassNode;

/**
 * Which class initialisation guard, if any, must run before code touches a class (docs/ABI.md,
 * "Class initialisation"). Only classes with a {@code <clinit>} have a guard; initialising a
 * class first initialises its superclasses, so touching a class means running the guard of
 * the nearest class in its superclass chain that has one.
 */
public final class ClassInitialization {
    private ClassInitialization() {
    }

    public static boolean hasInitializer(ClassNode node) {
        return Hierarchy.declared(node, "<clinit>", "()V") != null;
    }

    /** The nearest class in {@code className}'s superclass chain with a {@code <clinit>}, or null. */
    public static String initializedClass(Hierarchy hierarchy, String className) throws ResolutionException {
        ClassNode node = hierarchy.require(className);
        if (Hierarchy.isInterface(node)) {
            return hasInitializer(node) ? node.name : null; // interfaces do not initialise Object
        }
        for (ClassNode c : hierarchy.superChain(className)) {
            if (hasInitializer(c)) {
                return c.name;
            }
        }
        return null;
    }

    /**
     * The class whose guard code in {@code currentClass} must run before touching {@code target},
     * or null: none when nothing needs initialising, or when it is the current class or one of
     * its superclasses (running code of a class means those have been initialised).
     */
    public static String guardBefore(Hierarchy hierarchy, String currentClass, String target)
            throws ResolutionException {
        String initialized = initializedClass(hierarchy, target);
        if (initialized == null || hierarchy.isSubclass(currentClass, initialized)) {
            return null;
        }
        return initialized;
    }
}
