package ariadne.compiler.template;

import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;

/** Translates branches and switches. */
final class ControlFlow {
    private ControlFlow() {
    }

    static void jump(MethodScope scope, JumpInsnNode insn) {
        BytecodeEmitter e = scope.emitter;
        int target = scope.label(insn.label);
        int op = insn.getOpcode();
        switch (op) {
            case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE -> e.branchIfZeroCompare(condition(op - IFEQ), target);
            case IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE ->
                    e.branchIfIntCompare(condition(op - IF_ICMPEQ), target);
            case IF_ACMPEQ, IF_ACMPNE -> e.branchIfSameReference(op == IF_ACMPEQ, target);
            case IFNULL, IFNONNULL -> e.branchIfNull(op == IFNULL, target);
            case GOTO -> e.jump(target);
            default -> scope.error("bytecode " + Mnemonics.of(op)
                    + " (subroutines) is not supported; compile with a javac that does not emit jsr/ret");
        }
    }

    static void tableSwitch(MethodScope scope, TableSwitchInsnNode insn) {
        int count = insn.max - insn.min + 1;
        int[] keys = new int[count];
        for (int i = 0; i < count; i++) {
            keys[i] = insn.min + i;
        }
        scope.emitter.switchOnKey(keys, labels(scope, insn.labels), scope.label(insn.dflt));
    }

    static void lookupSwitch(MethodScope scope, LookupSwitchInsnNode insn) {
        int[] keys = insn.keys.stream().mapToInt(Integer::intValue).toArray();
        scope.emitter.switchOnKey(keys, labels(scope, insn.labels), scope.label(insn.dflt));
    }

    private static int[] labels(MethodScope scope, List<LabelNode> nodes) {
        return nodes.stream().mapToInt(scope::label).toArray();
    }

    /** Conditions in the order of IFEQ ... IFLE (and IF_ICMPEQ ... IF_ICMPLE). */
    private static Condition condition(int index) {
        return Condition.values()[index];
    }
}
