package ariadne.compiler.frontend;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Builds a class's vtable from its superclass's: an overriding method takes the inherited
 * entry, a new virtual method is appended, and every interface method the class does not
 * implement yet gets an entry too (a "miranda" entry, filled by a default method or left
 * abstract), so that {@code invokevirtual} on an abstract class always finds a slot. A default
 * replaces an inherited default when it comes from a subinterface of that default's interface.
 */
final class VTableBuilder {
    private VTableBuilder() {
    }

    static boolean isVirtual(MethodNode method) {
        return (method.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0
                && !method.name.startsWith("<");
    }

    static List<VirtualSlot> build(ClassNode node, List<VirtualSlot> inherited, Hierarchy hierarchy)
            throws ResolutionException {
        List<VirtualSlot> vtable = new ArrayList<>(inherited);
        for (MethodNode method : node.methods) {
            if (isVirtual(method)) {
                ResolvedMethod impl = new ResolvedMethod(node, method);
                place(vtable, new VirtualSlot(method.name, method.desc, impl.isAbstract() ? null : impl), node);
            }
        }
        for (ClassNode itf : hierarchy.allInterfaces(node.name)) {
            for (MethodNode method : itf.methods) {
                if (isVirtual(method)) {
                    addMiranda(vtable, new ResolvedMethod(itf, method), hierarchy);
                }
            }
        }
        return vtable;
    }

    /** Overrides every inherited entry the method may override (JVMS 5.4.5), or appends a new one. */
    private static void place(List<VirtualSlot> vtable, VirtualSlot slot, ClassNode declaring) {
        boolean overrides = false;
        for (int i = 0; i < vtable.size(); i++) {
            VirtualSlot inherited = vtable.get(i);
            if (inherited.matches(slot.name(), slot.descriptor()) && canOverride(declaring, inherited)) {
                vtable.set(i, slot);
                overrides = true;
            }
        }
        if (!overrides) {
            vtable.add(slot);
        }
    }

    /** A package-private method is overridden only from its own package; anything else always. */
    private static boolean canOverride(ClassNode declaring, VirtualSlot inherited) {
        ResolvedMethod current = inherited.implementation();
        if (current == null || (current.method().access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0) {
            return true;
        }
        return packageOf(current.owner().name).equals(packageOf(declaring.name));
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }

    private static void addMiranda(List<VirtualSlot> vtable, ResolvedMethod interfaceMethod, Hierarchy hierarchy)
            throws ResolutionException {
        String name = interfaceMethod.method().name;
        String desc = interfaceMethod.method().desc;
        ResolvedMethod defaultImpl = interfaceMethod.isAbstract() ? null : interfaceMethod;
        for (int i = 0; i < vtable.size(); i++) {
            VirtualSlot slot = vtable.get(i);
            if (slot.matches(name, desc)) {
                if (defaultImpl != null && (slot.implementation() == null
                        || overridesDefault(defaultImpl, slot.implementation(), hierarchy))) {
                    vtable.set(i, new VirtualSlot(name, desc, defaultImpl));
                }
                return;
            }
        }
        vtable.add(new VirtualSlot(name, desc, defaultImpl));
    }

    /**
     * Whether default method {@code candidate} is more specific than {@code current}, a default
     * inherited so far (JVMS 5.4.6: a class's own method always wins; among defaults, the one
     * declared in a subinterface): e.g. a subclass adds an interface overriding the default its
     * superclass got.
     */
    private static boolean overridesDefault(ResolvedMethod candidate, ResolvedMethod current, Hierarchy hierarchy)
            throws ResolutionException {
        return current.isInterfaceMethod() && !candidate.owner().name.equals(current.owner().name)
                && hierarchy.allInterfaces(candidate.owner().name).contains(current.owner());
    }
}
