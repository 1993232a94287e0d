package ariadne.compiler.frontend;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which class initialisation guards must run before code touches a class (docs/ABI.md,
 * "Class initialisation"; JVMS 5.5). Only classes and interfaces with a {@code <clinit>} have a
 * guard. Initialising a class first initialises its superclass and the superinterfaces that
 * declare default methods, so touching a class without a {@code <clinit>} means running the
 * guards of those it would initialise.
 */
public final class ClassInitialization {
    private ClassInitialization() {
    }

    public static boolean hasInitializer(ClassNode node) {
        return Hierarchy.declared(node, "<clinit>", "()V") != null;
    }

    /** The guards, in order, that initialise {@code className}: its own, or its prerequisites'. */
    public static List<String> guardsFor(Hierarchy hierarchy, String className) throws ResolutionException {
        ClassNode node = hierarchy.require(className);
        if (hasInitializer(node)) {
            return List.of(node.name);
        }
        return Hierarchy.isInterface(node) ? List.of() : prerequisites(hierarchy, node);
    }

    /**
     * Guards a class's own guard runs before its {@code <clinit>}: the superclass's, then those of
     * superinterfaces declaring default methods (interfaces initialise no superinterfaces).
     */
    public static List<String> prerequisites(Hierarchy hierarchy, ClassNode node) throws ResolutionException {
        Set<String> guards = new LinkedHashSet<>();
        if (!Hierarchy.isInterface(node)) {
            if (node.superName != null) {
                guards.addAll(guardsFor(hierarchy, node.superName));
            }
            for (ClassNode itf : interfacesWithDefaults(hierarchy, node)) {
                guards.addAll(guardsFor(hierarchy, itf.name));
            }
        }
        return new ArrayList<>(guards);
    }

    /**
     * The guards code in {@code currentClass} must run before touching {@code target}: those of
     * {@code target} minus the ones that running code of {@code currentClass} implies are done
     * or running (its own and its prerequisites').
     */
    public static List<String> guardsBefore(Hierarchy hierarchy, String currentClass, String target)
            throws ResolutionException {
        List<String> guards = new ArrayList<>(guardsFor(hierarchy, target));
        guards.removeAll(initializedWith(hierarchy, currentClass));
        return guards;
    }

    private static Set<String> initializedWith(Hierarchy hierarchy, String className) throws ResolutionException {
        Set<String> done = new LinkedHashSet<>();
        done.add(className);
        ClassNode node = hierarchy.require(className);
        if (!Hierarchy.isInterface(node)) {
            if (node.superName != null) {
                done.addAll(initializedWith(hierarchy, node.superName));
            }
            for (ClassNode itf : interfacesWithDefaults(hierarchy, node)) {
                done.add(itf.name);
            }
        }
        return done;
    }

    /** Superinterfaces declaring a default method, each after its own superinterfaces (JVMS 5.5 step 7). */
    private static List<ClassNode> interfacesWithDefaults(Hierarchy hierarchy, ClassNode node)
            throws ResolutionException {
        Set<ClassNode> ordered = new LinkedHashSet<>();
        for (String name : node.interfaces) {
            collectPostOrder(hierarchy, hierarchy.require(name), ordered);
        }
        List<ClassNode> result = new ArrayList<>();
        for (ClassNode itf : ordered) {
            if (declaresDefaultMethod(itf)) {
                result.add(itf);
            }
        }
        return result;
    }

    private static void collectPostOrder(Hierarchy hierarchy, ClassNode itf, Set<ClassNode> into)
            throws ResolutionException {
        for (String name : itf.interfaces) {
            collectPostOrder(hierarchy, hierarchy.require(name), into);
        }
        into.add(itf);
    }

    private static boolean declaresDefaultMethod(ClassNode itf) {
        for (MethodNode method : itf.methods) {
            if ((method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == 0 && !method.name.startsWith("<")) {
                return true;
            }
        }
        return false;
    }
}
