package ariadne.compiler.lowering;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Writes a record's {@code toString/hashCode/equals} bodies (what {@code ObjectMethods.bootstrap}
 * builds at run time on HotSpot) as static helper methods of the record class, with HotSpot's results:
 * {@code Name[a=1, b=x]} via {@code String.valueOf} of each component, {@code 31 * h + hash(c)} over
 * the components with the wrappers' static {@code hashCode} and {@code Objects.hashCode}, and
 * component-wise equality, last component first ({@code ==}, {@code Float/Double.compare}, {@code Objects.equals}).
 */
final class RecordMethodsGenerator {
    static final String BOOTSTRAP_OWNER = "java/lang/runtime/ObjectMethods";

    private static final String BUILDER = "java/lang/StringBuilder";
    private static final String OBJECTS = "java/util/Objects";
    private static final String OBJECT_DESCRIPTOR = "Ljava/lang/Object;";

    private final ClassNode record;
    private final List<String> names;
    private final List<Handle> getters;
    private final MethodNode code;

    private RecordMethodsGenerator(ClassNode record, List<String> names, List<Handle> getters, MethodNode code) {
        this.record = record;
        this.names = names;
        this.getters = getters;
        this.code = code;
    }

    static boolean isRecordMethods(InvokeDynamicInsnNode indy) {
        return indy.bsm.getOwner().equals(BOOTSTRAP_OWNER) && indy.bsm.getName().equals("bootstrap");
    }

    /** The helper's name for the record method an ObjectMethods call site stands for. */
    static String helperName(InvokeDynamicInsnNode indy) {
        return "$record$" + indy.name;
    }

    /**
     * Builds the helper method (named {@link #helperName}, typed as the call site) for {@code indy},
     * reporting the call site's {@code line} as its own.
     */
    static MethodNode helper(ClassNode record, InvokeDynamicInsnNode indy, int line) throws SiteError {
        Object[] args = indy.bsmArgs;
        if (args.length < 2 || !(args[0] instanceof Type recordType) || !(args[1] instanceof String joined)
                || !recordType.getInternalName().equals(record.name)) {
            throw new SiteError("malformed ObjectMethods.bootstrap arguments");
        }
        List<String> names = joined.isEmpty() ? List.of() : List.of(joined.split(";", -1));
        List<Handle> getters = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (!(args[i] instanceof Handle getter) || getter.getTag() != H_GETFIELD) {
                throw new SiteError("ObjectMethods.bootstrap argument " + i + " is not a field getter");
            }
            getters.add(getter);
        }
        if (names.size() != getters.size()) {
            throw new SiteError("ObjectMethods.bootstrap names " + names.size() + " components but has "
                    + getters.size() + " getters");
        }
        String self = "L" + record.name + ";";
        String expected = switch (indy.name) {
            case "toString" -> "(" + self + ")Ljava/lang/String;";
            case "hashCode" -> "(" + self + ")I";
            case "equals" -> "(" + self + OBJECT_DESCRIPTOR + ")Z";
            default -> throw new SiteError("ObjectMethods.bootstrap for unknown method " + indy.name);
        };
        if (!indy.desc.equals(expected)) {
            throw new SiteError("ObjectMethods." + indy.name + " call site has type " + indy.desc
                    + ", expected " + expected);
        }
        MethodNode helper = new MethodNode(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, helperName(indy), indy.desc,
                null, null);
        RecordMethodsGenerator generator = new RecordMethodsGenerator(record, names, getters, helper);
        helper.visitCode();
        SourcePosition.mark(helper, line);
        switch (indy.name) {
            case "toString" -> generator.emitToString();
            case "hashCode" -> generator.emitHashCode();
            default -> generator.emitEquals();
        }
        helper.visitMaxs(0, 0);
        helper.visitEnd();
        return helper;
    }

    private void emitToString() {
        code.visitTypeInsn(NEW, BUILDER);
        code.visitInsn(DUP);
        code.visitMethodInsn(INVOKESPECIAL, BUILDER, "<init>", "()V", false);
        String text = simpleName() + "[";
        for (int i = 0; i < getters.size(); i++) {
            appendText(text + names.get(i) + "=");
            loadComponent(0, i);
            Type type = componentType(i);
            Type shown = switch (type.getSort()) {
                case Type.BYTE, Type.SHORT -> Type.INT_TYPE;
                case Type.ARRAY, Type.OBJECT -> Type.getObjectType("java/lang/Object");
                default -> type;
            };
            code.visitMethodInsn(INVOKESTATIC, "java/lang/String", "valueOf",
                    Type.getMethodDescriptor(Type.getObjectType("java/lang/String"), shown), false);
            appendTop();
            text = ", ";
        }
        appendText(getters.isEmpty() ? text + "]" : "]");
        code.visitMethodInsn(INVOKEVIRTUAL, BUILDER, "toString", "()Ljava/lang/String;", false);
        code.visitInsn(ARETURN);
    }

    private void appendText(String text) {
        code.visitLdcInsn(text);
        appendTop();
    }

    private void appendTop() {
        code.visitMethodInsn(INVOKEVIRTUAL, BUILDER, "append", "(Ljava/lang/String;)Ljava/lang/StringBuilder;",
                false);
    }

    private void emitHashCode() {
        code.visitInsn(ICONST_0);
        for (int i = 0; i < getters.size(); i++) {
            code.visitIntInsn(BIPUSH, 31);
            code.visitInsn(IMUL);
            loadComponent(0, i);
            Type type = componentType(i);
            if (TypeAdaptation.isPrimitive(type)) {
                code.visitMethodInsn(INVOKESTATIC, Boxing.wrapperOf(type).getInternalName(), "hashCode",
                        Type.getMethodDescriptor(Type.INT_TYPE, type), false);
            } else {
                code.visitMethodInsn(INVOKESTATIC, OBJECTS, "hashCode", "(" + OBJECT_DESCRIPTOR + ")I", false);
            }
            code.visitInsn(IADD);
        }
        code.visitInsn(IRETURN);
    }

    /** Same class (records are final), then each component; locals: this, other, other as the record. */
    private void emitEquals() {
        Label sameClass = new Label();
        Label different = new Label();
        code.visitVarInsn(ALOAD, 1);
        code.visitTypeInsn(INSTANCEOF, record.name);
        code.visitJumpInsn(IFNE, sameClass);
        code.visitInsn(ICONST_0);
        code.visitInsn(IRETURN);
        code.visitLabel(sameClass);
        code.visitFrame(F_SAME, 0, null, 0, null);
        code.visitVarInsn(ALOAD, 1);
        code.visitTypeInsn(CHECKCAST, record.name);
        code.visitVarInsn(ASTORE, 2);
        // HotSpot 17 nests one test per component around the previous ones, so the last is compared first;
        // the order shows when a component's equals has side effects.
        for (int i = getters.size() - 1; i >= 0; i--) {
            loadComponent(0, i);
            loadComponent(2, i);
            compareAndBranch(componentType(i), different);
        }
        code.visitInsn(ICONST_1);
        code.visitInsn(IRETURN);
        code.visitLabel(different);
        code.visitFrame(F_APPEND, 1, new Object[] {record.name}, 0, null);
        code.visitInsn(ICONST_0);
        code.visitInsn(IRETURN);
    }

    /** Compares the two values on the stack, jumping to {@code different} if they are not equal. */
    private void compareAndBranch(Type type, Label different) {
        switch (type.getSort()) {
            case Type.LONG -> {
                code.visitInsn(LCMP);
                code.visitJumpInsn(IFNE, different);
            }
            case Type.FLOAT -> {
                code.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "compare", "(FF)I", false);
                code.visitJumpInsn(IFNE, different);
            }
            case Type.DOUBLE -> {
                code.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "compare", "(DD)I", false);
                code.visitJumpInsn(IFNE, different);
            }
            case Type.ARRAY, Type.OBJECT -> {
                code.visitMethodInsn(INVOKESTATIC, OBJECTS, "equals",
                        "(" + OBJECT_DESCRIPTOR + OBJECT_DESCRIPTOR + ")Z", false);
                code.visitJumpInsn(IFEQ, different);
            }
            default -> code.visitJumpInsn(IF_ICMPNE, different);
        }
    }

    private void loadComponent(int local, int index) {
        Handle getter = getters.get(index);
        code.visitVarInsn(ALOAD, local);
        code.visitFieldInsn(GETFIELD, getter.getOwner(), getter.getName(), getter.getDesc());
    }

    private Type componentType(int index) {
        return Type.getType(getters.get(index).getDesc());
    }

    /** {@code Class.getSimpleName()}: the inner name if the record is nested, else the name after the package. */
    private String simpleName() {
        for (InnerClassNode inner : record.innerClasses) {
            if (inner.name.equals(record.name) && inner.innerName != null) {
                return inner.innerName;
            }
        }
        return record.name.substring(record.name.lastIndexOf('/') + 1);
    }
}
