package ariadne.compiler.template;

import static org.objectweb.asm.Opcodes.*;

import ariadne.compiler.abi.Symbols;
import ariadne.compiler.abi.ValueKind;
import ariadne.compiler.frontend.Hierarchy;
import ariadne.compiler.frontend.ResolutionException;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.TypeInsnNode;

/** Translates {@code new}, {@code anewarray}, {@code checkcast} and {@code instanceof}. */
final class TypeInstructions {
    private TypeInstructions() {
    }

    static void translate(MethodScope scope, TypeInsnNode insn) throws ResolutionException {
        BytecodeEmitter e = scope.emitter;
        switch (insn.getOpcode()) {
            case NEW -> {
                ClassNode node = scope.hierarchy().require(insn.desc);
                if ((node.access & (ACC_ABSTRACT | ACC_INTERFACE)) != 0) {
                    scope.error("cannot instantiate abstract " + Symbols.javaName(insn.desc));
                    return;
                }
                FieldAccess.initialize(scope, insn.desc);
                e.newObject(Symbols.type(insn.desc), scope.layouts().of(insn.desc).instanceSize());
            }
            case ANEWARRAY -> {
                String arrayDescriptor = "[" + Type.getObjectType(insn.desc).getDescriptor();
                requireElementClass(scope, arrayDescriptor);
                scope.links().useArrayType(arrayDescriptor);
                e.newArray(Symbols.type(arrayDescriptor), ValueKind.REFERENCE);
            }
            case CHECKCAST -> {
                String descriptor = Type.getObjectType(insn.desc).getDescriptor();
                scope.rejectAddressFlow(0, descriptor, "a cast");
                e.checkCast(typeTest(scope, insn.desc), tibSymbol(scope, insn.desc));
            }
            default -> {
                scope.rejectAddressFlow(0, "Ljava/lang/Object;", "an instanceof test");
                e.instanceOf(typeTest(scope, insn.desc));
            }
        }
    }

    /** The descriptor symbol of a class or array type named as in a type instruction. */
    private static String tibSymbol(MethodScope scope, String internalNameOrArray) {
        if (internalNameOrArray.startsWith("[")) {
            scope.links().useArrayType(internalNameOrArray);
        }
        return Symbols.type(internalNameOrArray);
    }

    /** How to test for a target given by internal name (classes) or descriptor (arrays). */
    static TypeTest typeTest(MethodScope scope, String target) throws ResolutionException {
        if (target.startsWith("[")) {
            scope.links().useArrayType(target);
            Type element = Type.getType(target.substring(1));
            if (element.getSort() != Type.OBJECT && element.getSort() != Type.ARRAY) {
                return new TypeTest.Exact(Symbols.type(target));
            }
            String elementName = element.getSort() == Type.ARRAY ? element.getDescriptor() : element.getInternalName();
            return new TypeTest.ReferenceArray(typeTest(scope, elementName));
        }
        if (target.equals(Hierarchy.OBJECT)) {
            return new TypeTest.Any();
        }
        ClassNode node = scope.hierarchy().require(target);
        if (Hierarchy.isInterface(node)) {
            return new TypeTest.Interface(Symbols.type(target));
        }
        if ((node.access & ACC_FINAL) != 0) {
            return new TypeTest.Exact(Symbols.type(target));
        }
        return new TypeTest.ClassAtDepth(Symbols.type(target), scope.hierarchy().depth(target));
    }

    private static void requireElementClass(MethodScope scope, String arrayDescriptor) throws ResolutionException {
        Type element = Type.getType(arrayDescriptor).getElementType();
        if (element.getSort() == Type.OBJECT) {
            scope.hierarchy().require(element.getInternalName());
        }
    }
}
