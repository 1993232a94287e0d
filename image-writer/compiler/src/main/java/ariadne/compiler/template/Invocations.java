package ariadne.compiler.template;

import static org.objectweb.asm.Opcodes.*;

import ariadne.compiler.abi.Symbols;
import ariadne.compiler.frontend.Hierarchy;
import ariadne.compiler.frontend.ResolutionException;
import ariadne.compiler.frontend.ResolvedMethod;
import ariadne.compiler.frontend.VirtualSlot;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/** Translates {@code invokestatic/invokespecial/invokevirtual/invokeinterface}. */
final class Invocations {
    private Invocations() {
    }

    static void translate(MethodScope scope, MethodInsnNode insn) throws ResolutionException {
        if (MagicIntrinsics.isMagic(insn.owner)) {
            MagicIntrinsics.translate(scope, insn);
            return;
        }
        boolean hasReceiver = insn.getOpcode() != INVOKESTATIC;
        int argumentSlots = Type.getArgumentTypes(insn.desc).length + (hasReceiver ? 1 : 0);
        boolean returnsValue = Type.getReturnType(insn.desc) != Type.VOID_TYPE;
        checkArguments(scope, insn, hasReceiver, argumentSlots);

        // Arrays inherit their methods (clone included) from Object; their vtable is Object's.
        String owner = insn.owner.startsWith("[") ? Hierarchy.OBJECT : insn.owner;
        ResolvedMethod target = scope.hierarchy().resolveMethod(owner, insn.name, insn.desc);
        BytecodeEmitter e = scope.emitter;
        switch (insn.getOpcode()) {
            case INVOKESTATIC -> {
                if (!target.isStatic()) {
                    scope.error("invokestatic of instance method " + target.symbol());
                    return;
                }
                FieldAccess.initialize(scope, target.owner().name);
                e.callDirect(target.symbol(), argumentSlots, returnsValue);
            }
            case INVOKESPECIAL -> {
                if (target.isAbstract()) {
                    scope.error("invokespecial of abstract method " + target.symbol());
                    return;
                }
                if (!insn.name.equals("<init>")) {
                    e.nullCheck(argumentSlots - 1);
                }
                e.callDirect(target.symbol(), argumentSlots, returnsValue);
            }
            case INVOKEVIRTUAL -> virtual(scope, owner, target, argumentSlots, returnsValue);
            default -> interfaceCall(scope, owner, target, argumentSlots, returnsValue);
        }
    }

    private static void virtual(MethodScope scope, String owner, ResolvedMethod target, int argumentSlots,
                                boolean returnsValue) throws ResolutionException {
        if (target.isStaticallyBound() && !target.isAbstract()) {
            scope.emitter.nullCheck(argumentSlots - 1);
            scope.emitter.callDirect(target.symbol(), argumentSlots, returnsValue);
            return;
        }
        int index = scope.layouts().of(owner).vtableIndex(target);
        if (index < 0) {
            scope.error("no vtable entry for " + target.symbol() + " in " + Symbols.javaName(owner));
            return;
        }
        scope.emitter.callVirtual(index, argumentSlots, returnsValue);
    }

    private static void interfaceCall(MethodScope scope, String owner, ResolvedMethod target, int argumentSlots,
                                      boolean returnsValue) throws ResolutionException {
        if (!target.isInterfaceMethod()) {
            virtual(scope, Hierarchy.OBJECT, target, argumentSlots, returnsValue); // e.g. List.equals
            return;
        }
        if (target.isStaticallyBound()) { // a private interface method: not in any table
            scope.emitter.nullCheck(argumentSlots - 1);
            scope.emitter.callDirect(target.symbol(), argumentSlots, returnsValue);
            return;
        }
        List<VirtualSlot> methods = scope.layouts().interfaceMethods(owner);
        for (int i = 0; i < methods.size(); i++) {
            if (methods.get(i).matches(target.method().name, target.method().desc)) {
                scope.emitter.callInterface(Symbols.type(owner), i, argumentSlots, returnsValue);
                return;
            }
        }
        scope.error("interface " + Symbols.javaName(owner) + " has no method " + target.method().name
                + target.method().desc);
    }

    /** Rejects Address values passed where the callee expects an object (receiver included). */
    private static void checkArguments(MethodScope scope, MethodInsnNode insn, boolean hasReceiver,
                                       int argumentSlots) {
        Type[] parameters = Type.getArgumentTypes(insn.desc);
        String callee = Symbols.javaName(insn.owner) + "." + insn.name;
        for (int i = 0; i < parameters.length; i++) {
            scope.rejectAddressFlow(parameters.length - 1 - i, parameters[i].getDescriptor(),
                    "argument " + (i + 1) + " of " + callee);
        }
        if (hasReceiver) {
            scope.rejectAddressFlow(argumentSlots - 1, "Ljava/lang/Object;", "the receiver of " + callee);
        }
    }
}
