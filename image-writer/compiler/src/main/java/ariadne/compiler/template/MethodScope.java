package ariadne.compiler.template;

import ariadne.compiler.abi.ValueKind;
import ariadne.compiler.frontend.Hierarchy;
import ariadne.compiler.frontend.Layouts;
import ariadne.compiler.frontend.SlotInterpreter;
import ariadne.compiler.frontend.SourceLines;
import java.util.IdentityHashMap;
import java.util.Map;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;

/** The method being compiled, the instruction being translated and its frame. */
final class MethodScope {
    final CellContext cell;
    final ClassNode owner;
    final MethodNode method;
    final BytecodeEmitter emitter;
    private final SourceLines lines;
    private final Frame<BasicValue>[] frames;
    private final Map<LabelNode, Integer> labelIds = new IdentityHashMap<>();
    private AbstractInsnNode current;

    MethodScope(CellContext cell, ClassNode owner, MethodNode method, BytecodeEmitter emitter,
                SourceLines lines, Frame<BasicValue>[] frames) {
        this.cell = cell;
        this.owner = owner;
        this.method = method;
        this.emitter = emitter;
        this.lines = lines;
        this.frames = frames;
    }

    Layouts layouts() {
        return cell.layouts();
    }

    Hierarchy hierarchy() {
        return cell.hierarchy();
    }

    LinkRequirements links() {
        return cell.links();
    }

    void setCurrent(AbstractInsnNode insn) {
        current = insn;
    }

    AbstractInsnNode current() {
        return current;
    }

    /** The frame before the current instruction; null if it is unreachable. */
    Frame<BasicValue> frame() {
        return frames[method.instructions.indexOf(current)];
    }

    int label(LabelNode node) {
        return labelIds.computeIfAbsent(node, n -> labelIds.size());
    }

    void error(String message) {
        cell.diagnostics().error(lines.location(current), message);
    }

    /** The operand-stack value {@code depth} values below the top (0 = top). */
    BasicValue stackValue(int depth) {
        Frame<BasicValue> frame = frame();
        return frame.getStack(frame.getStackSize() - 1 - depth);
    }

    /** Number of stack values (= machine slots) that make up the top {@code words} JVM words. */
    int slotsInTopWords(int fromDepth, int words) {
        int slots = 0;
        for (int covered = 0; covered < words; slots++) {
            covered += stackValue(fromDepth + slots).getSize();
        }
        return slots;
    }

    /**
     * Reports an unboxed Address about to flow into a slot of declared type {@code slotType}
     * (a descriptor) when that type is a real reference type.
     */
    void rejectAddressFlow(int depth, String slotType, String what) {
        boolean objectSlot = (slotType.startsWith("L") || slotType.startsWith("["))
                && !slotType.equals(ValueKind.ADDRESS_DESCRIPTOR);
        if (objectSlot && stackValue(depth) == SlotInterpreter.ADDRESS) {
            error("an unboxed ariadne.magic.Address flows into " + what + " of type "
                    + Type.getType(slotType).getClassName()
                    + "; an Address is a raw machine word, not an object");
        }
    }
}
