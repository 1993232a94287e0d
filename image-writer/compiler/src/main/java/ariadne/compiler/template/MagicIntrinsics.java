package ariadne.compiler.template;

import static org.objectweb.asm.Opcodes.INVOKESTATIC;

import ariadne.compiler.abi.ValueKind;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Replaces calls to {@code ariadne.magic.Address} and {@code ariadne.magic.Magic} with machine
 * operations. Nothing in {@code ariadne.magic} is ever called: a method this class does not
 * know is a compile error.
 */
final class MagicIntrinsics {
    static final String PACKAGE = "ariadne/magic/";
    private static final String ADDRESS = "ariadne/magic/Address";
    private static final String MAGIC = "ariadne/magic/Magic";
    private static final String SYMBOL_ADDRESS = "symbolAddress";

    private MagicIntrinsics() {
    }

    static boolean isMagic(String owner) {
        return owner.startsWith(PACKAGE);
    }

    static void translate(MethodScope scope, MethodInsnNode insn) {
        if (!scope.cell.privileged()) {
            return; // MagicUsageCheck has reported every use in an unprivileged cell
        }
        boolean known = switch (insn.owner) {
            case ADDRESS -> address(scope.emitter, insn.name, insn.desc);
            case MAGIC -> magic(scope, insn);
            default -> false;
        };
        if (!known) {
            scope.error(Type.getObjectType(insn.owner).getClassName() + "." + insn.name + insn.desc
                    + " is not an intrinsic this compiler knows");
        }
    }

    /** Whether this {@code ldc} is the literal argument of {@code Magic.symbolAddress}, compiled with it. */
    static boolean isSymbolAddressArgument(LdcInsnNode ldc) {
        AbstractInsnNode next = ldc.getNext();
        while (next != null && next.getOpcode() < 0) {
            next = next.getNext(); // labels, line numbers, frames
        }
        return next instanceof MethodInsnNode call && call.getOpcode() == INVOKESTATIC
                && call.owner.equals(MAGIC) && call.name.equals(SYMBOL_ADDRESS);
    }

    private static boolean address(BytecodeEmitter e, String name, String desc) {
        // The offset forms take a leading long offset: loadX(long), storeX(long, value).
        int arguments = Type.getArgumentTypes(desc).length;
        switch (name) {
            case "fromLong", "toLong" -> { } // same 64 bits, another type
            case "zero" -> e.pushLong(0L);
            case "plus" -> e.longArithmetic(ArithmeticOp.ADD);
            case "minus", "diff" -> e.longArithmetic(ArithmeticOp.SUB);
            case "isZero" -> e.machineOp(MachineOp.WORD_IS_ZERO);
            case "lessThan" -> e.machineOp(MachineOp.WORD_UNSIGNED_LESS);
            case "loadByte", "loadShort", "loadChar", "loadInt", "loadLong", "loadAddress" ->
                    e.loadMemory(ValueKind.of(Type.getReturnType(desc)), arguments == 1);
            case "storeByte", "storeShort", "storeChar", "storeInt", "storeLong", "storeAddress" -> {
                Type[] types = Type.getArgumentTypes(desc);
                e.storeMemory(ValueKind.of(types[types.length - 1]), arguments == 2);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean magic(MethodScope scope, MethodInsnNode insn) {
        BytecodeEmitter e = scope.emitter;
        switch (insn.name) {
            case "outb" -> e.machineOp(MachineOp.PORT_OUT_8);
            case "outw" -> e.machineOp(MachineOp.PORT_OUT_16);
            case "outl" -> e.machineOp(MachineOp.PORT_OUT_32);
            case "inb" -> e.machineOp(MachineOp.PORT_IN_8);
            case "inw" -> e.machineOp(MachineOp.PORT_IN_16);
            case "inl" -> e.machineOp(MachineOp.PORT_IN_32);
            case "hlt" -> e.machineOp(MachineOp.HALT);
            case "cli" -> e.machineOp(MachineOp.DISABLE_INTERRUPTS);
            case "sti" -> e.machineOp(MachineOp.ENABLE_INTERRUPTS);
            case "pause" -> e.machineOp(MachineOp.SPIN_PAUSE);
            case "rdtsc" -> e.machineOp(MachineOp.READ_TIMESTAMP);
            case "objectAddress", "addressAsObject", "floatToRawIntBits", "intBitsToFloat",
                    "doubleToRawLongBits", "longBitsToDouble" -> { } // same 64 bits, another type
            case SYMBOL_ADDRESS -> symbolAddress(scope, insn);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void symbolAddress(MethodScope scope, MethodInsnNode insn) {
        AbstractInsnNode previous = insn.getPrevious();
        while (previous != null && previous.getOpcode() < 0) {
            previous = previous.getPrevious();
        }
        if (previous instanceof LdcInsnNode ldc && ldc.cst instanceof String symbol
                && isSymbolAddressArgument(ldc)) {
            scope.emitter.pushSymbolAddress(symbol);
        } else {
            scope.error("Magic.symbolAddress needs a string literal argument: the symbol is resolved by the linker");
        }
    }
}
