package ariadne.compiler.frontend;

import ariadne.compiler.abi.ValueKind;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;

/**
 * ASM's basic interpreter plus one more value: {@link #ADDRESS}, an unboxed
 * {@code ariadne.magic.Address}, so that the compiler can see where such a value flows.
 */
public final class SlotInterpreter extends BasicInterpreter {
    public static final BasicValue ADDRESS = new BasicValue(Type.getType(ValueKind.ADDRESS_DESCRIPTOR));

    public SlotInterpreter() {
        super(Opcodes.ASM9);
    }

    @Override
    public BasicValue newValue(Type type) {
        if (type != null && type.getDescriptor().equals(ValueKind.ADDRESS_DESCRIPTOR)) {
            return ADDRESS;
        }
        return super.newValue(type);
    }
}
