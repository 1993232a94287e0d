package ariadne.compiler.lowering;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * How a generated lambda class calls a method handle's target. A private method of the host
 * ({@code REF_invokeSpecial}) is called with {@code invokevirtual}/{@code invokeinterface} as a
 * nestmate: the JVM allows it, and the Ariadne compiler binds private methods directly.
 *
 * @param opcode     the invoke instruction
 * @param target     the handle being called
 * @param parameters the values the call takes, receiver first for instance methods
 * @param result     what the call leaves on the stack (the new object for constructors)
 */
record ImplementationCall(int opcode, Handle target, List<Type> parameters, Type result) {

    /** @param privateInHost whether the handle names a private method of the class holding the call site */
    static ImplementationCall of(Handle handle, boolean privateInHost) throws SiteError {
        Type owner = Type.getObjectType(handle.getOwner());
        Type method = Type.getMethodType(handle.getDesc());
        return switch (handle.getTag()) {
            case H_INVOKESTATIC -> new ImplementationCall(INVOKESTATIC, handle, List.of(method.getArgumentTypes()),
                    method.getReturnType());
            case H_INVOKEVIRTUAL -> instance(INVOKEVIRTUAL, handle, owner, method);
            case H_INVOKEINTERFACE -> instance(INVOKEINTERFACE, handle, owner, method);
            case H_INVOKESPECIAL -> {
                if (!privateInHost) {
                    throw new SiteError("method reference through invokespecial to a non-private method "
                            + handle.getOwner() + "." + handle.getName() + handle.getDesc());
                }
                yield instance(handle.isInterface() ? INVOKEINTERFACE : INVOKEVIRTUAL, handle, owner, method);
            }
            case H_NEWINVOKESPECIAL -> new ImplementationCall(INVOKESPECIAL, handle,
                    List.of(method.getArgumentTypes()), owner);
            default -> throw new SiteError("lambda implementation handle of kind " + handle.getTag()
                    + " (" + handle.getOwner() + "." + handle.getName() + ") is not a method");
        };
    }

    private static ImplementationCall instance(int opcode, Handle handle, Type owner, Type method) {
        List<Type> parameters = new ArrayList<>();
        parameters.add(owner);
        parameters.addAll(List.of(method.getArgumentTypes()));
        return new ImplementationCall(opcode, handle, List.copyOf(parameters), method.getReturnType());
    }

    boolean isConstructor() {
        return target.getTag() == H_NEWINVOKESPECIAL;
    }

    /** For a constructor: allocates the object before the arguments are pushed. */
    void emitPrologue(MethodVisitor code) {
        if (isConstructor()) {
            code.visitTypeInsn(NEW, target.getOwner());
            code.visitInsn(DUP);
        }
    }

    void emitCall(MethodVisitor code) {
        code.visitMethodInsn(opcode, target.getOwner(), target.getName(), target.getDesc(),
                opcode == INVOKEINTERFACE || target.isInterface());
    }
}
