package ariadne.compiler.frontend;

import ariadne.compiler.abi.ObjectLayout;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** Computes and caches {@link ClassLayout}s and interface method tables. */
public final class Layouts {
    private final Hierarchy hierarchy;
    private final Map<String, ClassLayout> cache = new HashMap<>();
    private final Map<String, List<VirtualSlot>> interfaceTables = new HashMap<>();

    public Layouts(Hierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    public Hierarchy hierarchy() {
        return hierarchy;
    }

    public ClassLayout of(String internalName) throws ResolutionException {
        ClassLayout cached = cache.get(internalName);
        if (cached != null) {
            return cached;
        }
        ClassNode node = hierarchy.require(internalName);
        ClassLayout layout;
        if (node.superName == null) {
            List<FieldSlot> fields = FieldLayouter.layOut(node, ObjectLayout.OBJECT_HEADER_SIZE, List.of());
            layout = new ClassLayout(node, 0, FieldLayouter.instanceSize(fields, ObjectLayout.OBJECT_HEADER_SIZE),
                    fields, VTableBuilder.build(node, List.of(), hierarchy));
        } else {
            ClassLayout parent = of(node.superName);
            List<FieldSlot> fields = Hierarchy.isInterface(node)
                    ? parent.fields() : FieldLayouter.layOut(node, parent.instanceSize(), parent.fields());
            List<VirtualSlot> vtable = Hierarchy.isInterface(node)
                    ? parent.vtable() : VTableBuilder.build(node, parent.vtable(), hierarchy);
            layout = new ClassLayout(node, parent.depth() + 1,
                    FieldLayouter.instanceSize(fields, parent.instanceSize()), fields, vtable);
        }
        cache.put(internalName, layout);
        return layout;
    }

    /**
     * The methods an interface table for {@code itf} lists, in order: the interface's own
     * instance methods, then those of its superinterfaces not already listed.
     * {@code implementation} is the interface's default method, if any.
     */
    public List<VirtualSlot> interfaceMethods(String itf) throws ResolutionException {
        List<VirtualSlot> cached = interfaceTables.get(itf);
        if (cached != null) {
            return cached;
        }
        Map<String, VirtualSlot> slots = new LinkedHashMap<>();
        addInterfaceMethods(hierarchy.require(itf), slots);
        for (ClassNode sup : hierarchy.allInterfaces(itf)) {
            addInterfaceMethods(sup, slots);
        }
        List<VirtualSlot> table = List.copyOf(slots.values());
        interfaceTables.put(itf, table);
        return table;
    }

    private static void addInterfaceMethods(ClassNode itf, Map<String, VirtualSlot> slots) {
        for (MethodNode method : itf.methods) {
            if (VTableBuilder.isVirtual(method)) {
                ResolvedMethod impl = new ResolvedMethod(itf, method);
                slots.putIfAbsent(method.name + method.desc,
                        new VirtualSlot(method.name, method.desc, impl.isAbstract() ? null : impl));
            }
        }
    }
}
