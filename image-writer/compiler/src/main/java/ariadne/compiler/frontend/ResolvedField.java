package ariadne.compiler.frontend;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/** A field found by resolution, with the class that declares it. */
public record ResolvedField(ClassNode owner, FieldNode field) {
    public boolean isStatic() {
        return (field.access & Opcodes.ACC_STATIC) != 0;
    }

    /** A static final field with a ConstantValue attribute: javac folds it, the JVM presets it. */
    public boolean isConstant() {
        return isStatic() && (field.access & Opcodes.ACC_FINAL) != 0 && field.value != null;
    }
}
