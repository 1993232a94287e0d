package ariadne.compiler.frontend;

import ariadne.compiler.abi.ValueKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * Places a class's own instance fields after its superclass's: references first (so a
 * class's references are contiguous), then the others widest first, each aligned to its
 * size. Every cell computes a class's layout with this one algorithm, so offsets agree across
 * cells.
 */
final class FieldLayouter {
    private FieldLayouter() {
    }

    static List<FieldSlot> layOut(ClassNode node, int superSize, List<FieldSlot> inherited) {
        List<FieldNode> own = new ArrayList<>();
        for (FieldNode field : node.fields) {
            if ((field.access & Opcodes.ACC_STATIC) == 0) {
                own.add(field);
            }
        }
        // Stable sort keeps declaration order within a group.
        own.sort(Comparator.comparingInt(FieldLayouter::placementRank));
        List<FieldSlot> slots = new ArrayList<>(inherited);
        int offset = superSize;
        for (FieldNode field : own) {
            ValueKind kind = ValueKind.of(field.desc);
            offset = align(offset, kind.size());
            slots.add(new FieldSlot(node.name, field.name, field.desc, kind, offset));
            offset += kind.size();
        }
        return slots;
    }

    /** End of the last field, rounded up to 8 so that objects stay word aligned. */
    static int instanceSize(List<FieldSlot> slots, int superSize) {
        int end = superSize;
        for (FieldSlot slot : slots) {
            end = Math.max(end, slot.offset() + slot.kind().size());
        }
        return align(end, 8);
    }

    private static int placementRank(FieldNode field) {
        ValueKind kind = ValueKind.of(field.desc);
        return kind == ValueKind.REFERENCE ? 0 : 16 - kind.size();
    }

    private static int align(int offset, int alignment) {
        return (offset + alignment - 1) & -alignment;
    }
}
