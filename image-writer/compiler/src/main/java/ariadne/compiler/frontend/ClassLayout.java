package ariadne.compiler.frontend;

import java.util.List;
import java.util.Optional;
import org.objectweb.asm.tree.ClassNode;

/**
 * The run-time shape of a class: instance fields with offsets (the superclass's first), instance
 * size, superclass depth, and the vtable (inherited entries first).
 */
public record ClassLayout(ClassNode node, int depth, int instanceSize, List<FieldSlot> fields,
                          List<VirtualSlot> vtable) {

    /**
     * The field of that name and type nearest to this class: a subclass's field hides a
     * superclass's of the same name (own fields come last in {@link #fields}).
     */
    public Optional<FieldSlot> field(String name, String descriptor) {
        for (int i = fields.size() - 1; i >= 0; i--) {
            FieldSlot f = fields.get(i);
            if (f.name().equals(name) && f.descriptor().equals(descriptor)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Index of the entry {@code target} fills in this class, else of the newest entry with its
     * signature (a package-private method not overridden from another package leaves two), or -1.
     */
    public int vtableIndex(ResolvedMethod target) {
        for (int i = vtable.size() - 1; i >= 0; i--) {
            ResolvedMethod impl = vtable.get(i).implementation();
            if (impl != null && impl.owner() == target.owner() && impl.method() == target.method()) {
                return i;
            }
        }
        for (int i = vtable.size() - 1; i >= 0; i--) {
            if (vtable.get(i).matches(target.method().name, target.method().desc)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first vtable entry for the signature, or -1. */
    public int vtableIndex(String name, String descriptor) {
        for (int i = 0; i < vtable.size(); i++) {
            if (vtable.get(i).matches(name, descriptor)) {
                return i;
            }
        }
        return -1;
    }
}
