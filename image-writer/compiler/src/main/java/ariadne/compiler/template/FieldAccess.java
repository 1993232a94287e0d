package ariadne.compiler.template;

import static org.objectweb.asm.Opcodes.*;

import ariadne.compiler.abi.Symbols;
import ariadne.compiler.abi.ValueKind;
import ariadne.compiler.frontend.ClassInitialization;
import ariadne.compiler.frontend.FieldSlot;
import ariadne.compiler.frontend.ResolutionException;
import ariadne.compiler.frontend.ResolvedField;
import java.util.List;
import org.objectweb.asm.tree.FieldInsnNode;

/** Translates {@code getstatic/putstatic/getfield/putfield}. */
final class FieldAccess {
    private FieldAccess() {
    }

    static void translate(MethodScope scope, FieldInsnNode insn) throws ResolutionException {
        ResolvedField field = scope.hierarchy().resolveField(insn.owner, insn.name, insn.desc);
        String declaring = field.owner().name;
        ValueKind kind = ValueKind.of(insn.desc);
        BytecodeEmitter e = scope.emitter;
        boolean store = insn.getOpcode() == PUTSTATIC || insn.getOpcode() == PUTFIELD;
        if (store) {
            scope.rejectAddressFlow(0, insn.desc, "field " + Symbols.javaName(declaring) + "." + insn.name);
        }
        if (insn.getOpcode() == GETSTATIC || insn.getOpcode() == PUTSTATIC) {
            if (!field.isStatic()) {
                scope.error("field " + Symbols.javaName(declaring) + "." + insn.name + " is not static");
                return;
            }
            if (!field.isConstant()) {
                initialize(scope, declaring);
            }
            String symbol = Symbols.staticField(declaring, insn.name);
            if (store) {
                e.putStatic(symbol, kind);
            } else {
                e.getStatic(symbol, kind);
            }
            return;
        }
        if (field.isStatic()) {
            scope.error("field " + Symbols.javaName(declaring) + "." + insn.name + " is static");
            return;
        }
        FieldSlot slot = scope.layouts().of(declaring).field(insn.name, insn.desc)
                .orElseThrow(() -> new IllegalStateException("layout lacks field " + insn.name));
        if (store) {
            e.putField(slot.offset(), kind);
        } else {
            e.getField(slot.offset(), kind);
        }
    }

    /** Emits the initialisation guards needed before touching {@code target}, if any. */
    static void initialize(MethodScope scope, String target) throws ResolutionException {
        runGuards(scope.emitter, ClassInitialization.guardsBefore(scope.hierarchy(), scope.owner.name, target));
    }

    static void runGuards(BytecodeEmitter emitter, List<String> classes) {
        for (String guarded : classes) {
            emitter.initializeClass(Symbols.clinitState(guarded), Symbols.clinitGuard(guarded));
        }
    }
}
