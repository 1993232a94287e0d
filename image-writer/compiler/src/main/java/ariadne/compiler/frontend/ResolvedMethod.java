package ariadne.compiler.frontend;

import ariadne.compiler.abi.Symbols;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** A method found by resolution, with the class that declares it. */
public record ResolvedMethod(ClassNode owner, MethodNode method) {
    public String symbol() {
        return Symbols.method(owner.name, method.name, method.desc);
    }

    public boolean isStatic() {
        return (method.access & Opcodes.ACC_STATIC) != 0;
    }

    public boolean isAbstract() {
        return (method.access & Opcodes.ACC_ABSTRACT) != 0;
    }

    /** Whether a virtual call to it can be bound at compile time. */
    public boolean isStaticallyBound() {
        return (method.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0
                || (owner.access & Opcodes.ACC_FINAL) != 0;
    }

    public boolean isInterfaceMethod() {
        return (owner.access & Opcodes.ACC_INTERFACE) != 0;
    }
}
