package ariadne.compiler.lowering;

import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Generates the class a lambda call site instantiates: a final class with one field per captured
 * value, a static factory taking the captured values (the call site's replacement), and the
 * interface method (and bridges) forwarding to the implementation with the metafactory's adaptations.
 * As on HotSpot, a lambda that captures nothing evaluates to one shared instance.
 */
final class LambdaClassGenerator {
    /** The static factory's name; the call site's descriptor is its descriptor. */
    static final String FACTORY_NAME = "create$";
    private static final String SINGLETON = "INSTANCE";

    private static final String OBJECT = "java/lang/Object";

    private final String name;
    private final LambdaSite site;
    private final ImplementationCall call;
    private final List<Type> captured;
    private final int line;

    /** @param line the call site's line, which the generated methods report as theirs */
    LambdaClassGenerator(String name, LambdaSite site, ImplementationCall call, int line) {
        this.name = name;
        this.site = site;
        this.call = call;
        this.captured = site.captured();
        this.line = line;
    }

    /** @param host the class holding the call site, whose version, source file and nest the class joins */
    ClassNode generate(ClassNode host, String nestHost) throws SiteError {
        ClassNode node = new ClassNode();
        node.version = host.version;
        node.access = ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC;
        node.name = name;
        node.superName = OBJECT;
        node.interfaces.addAll(site.interfaces());
        node.sourceFile = host.sourceFile;
        node.nestHostClass = nestHost;
        for (int i = 0; i < captured.size(); i++) {
            node.fields.add(new FieldNode(ACC_PRIVATE | ACC_FINAL, field(i), captured.get(i).getDescriptor(),
                    null, null));
        }
        node.methods.add(constructor());
        if (captured.isEmpty()) {
            node.fields.add(new FieldNode(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, SINGLETON, selfDescriptor(), null,
                    null));
            node.methods.add(singletonInitializer());
        }
        node.methods.add(factory());
        boolean bridge = false;
        for (Type method : site.methodDescriptors()) {
            node.methods.add(forwarder(method, bridge));
            bridge = true;
        }
        return node;
    }

    private static String field(int index) {
        return "arg$" + (index + 1);
    }

    private String constructorDescriptor() {
        return Type.getMethodDescriptor(Type.VOID_TYPE, captured.toArray(Type[]::new));
    }

    private MethodNode constructor() {
        MethodNode code = new MethodNode(ACC_PRIVATE, "<init>", constructorDescriptor(), null, null);
        code.visitCode();
        SourcePosition.mark(code, line);
        code.visitVarInsn(ALOAD, 0);
        code.visitMethodInsn(INVOKESPECIAL, OBJECT, "<init>", "()V", false);
        int local = 1;
        for (int i = 0; i < captured.size(); i++) {
            Type type = captured.get(i);
            code.visitVarInsn(ALOAD, 0);
            code.visitVarInsn(type.getOpcode(ILOAD), local);
            code.visitFieldInsn(PUTFIELD, name, field(i), type.getDescriptor());
            local += type.getSize();
        }
        code.visitInsn(RETURN);
        code.visitMaxs(0, 0);
        code.visitEnd();
        return code;
    }

    private String selfDescriptor() {
        return Type.getObjectType(name).getDescriptor();
    }

    private MethodNode singletonInitializer() {
        MethodNode code = new MethodNode(ACC_STATIC, "<clinit>", "()V", null, null);
        code.visitCode();
        SourcePosition.mark(code, line);
        code.visitTypeInsn(NEW, name);
        code.visitInsn(DUP);
        code.visitMethodInsn(INVOKESPECIAL, name, "<init>", "()V", false);
        code.visitFieldInsn(PUTSTATIC, name, SINGLETON, selfDescriptor());
        code.visitInsn(RETURN);
        code.visitMaxs(0, 0);
        code.visitEnd();
        return code;
    }

    private MethodNode factory() {
        MethodNode code = new MethodNode(ACC_STATIC | ACC_SYNTHETIC, FACTORY_NAME, site.factoryDescriptor(),
                null, null);
        code.visitCode();
        SourcePosition.mark(code, line);
        if (captured.isEmpty()) {
            code.visitFieldInsn(GETSTATIC, name, SINGLETON, selfDescriptor());
            code.visitInsn(ARETURN);
            code.visitMaxs(0, 0);
            code.visitEnd();
            return code;
        }
        code.visitTypeInsn(NEW, name);
        code.visitInsn(DUP);
        int local = 0;
        for (Type type : captured) {
            code.visitVarInsn(type.getOpcode(ILOAD), local);
            local += type.getSize();
        }
        code.visitMethodInsn(INVOKESPECIAL, name, "<init>", constructorDescriptor(), false);
        code.visitInsn(ARETURN);
        code.visitMaxs(0, 0);
        code.visitEnd();
        return code;
    }

    /** Implements {@code method}: captures, then the arguments, each adapted to the implementation's type. */
    private MethodNode forwarder(Type method, boolean bridge) throws SiteError {
        Type[] arguments = method.getArgumentTypes();
        Type[] instantiated = site.instantiated().getArgumentTypes();
        List<Type> parameters = call.parameters();
        if (captured.size() + arguments.length != parameters.size() || instantiated.length != arguments.length) {
            throw new SiteError("lambda implementation " + call.target().getName() + call.target().getDesc()
                    + " does not take " + captured.size() + " captured values and the arguments of "
                    + site.methodName() + method.getDescriptor());
        }
        int access = ACC_PUBLIC | (bridge ? ACC_BRIDGE | ACC_SYNTHETIC : 0);
        MethodNode code = new MethodNode(access, site.methodName(), method.getDescriptor(), null, null);
        TypeAdaptation adapt = new TypeAdaptation(code);
        code.visitCode();
        SourcePosition.mark(code, line);
        call.emitPrologue(code);
        for (int i = 0; i < captured.size(); i++) {
            Type type = captured.get(i);
            code.visitVarInsn(ALOAD, 0);
            code.visitFieldInsn(GETFIELD, name, field(i), type.getDescriptor());
            adapt.convert(type, parameters.get(i), type);
        }
        int local = 1;
        for (int i = 0; i < arguments.length; i++) {
            code.visitVarInsn(arguments[i].getOpcode(ILOAD), local);
            local += arguments[i].getSize();
            adapt.convert(arguments[i], parameters.get(captured.size() + i), instantiated[i]);
        }
        call.emitCall(code);
        Type returned = method.getReturnType();
        if (returned.getSort() == Type.VOID) {
            discard(code, call.result());
        } else if (call.result().getSort() == Type.VOID) {
            throw new SiteError("lambda implementation " + call.target().getName() + " returns void but "
                    + site.methodName() + " returns " + returned.getClassName());
        } else {
            adapt.convert(call.result(), returned, returned);
        }
        code.visitInsn(returned.getOpcode(IRETURN));
        code.visitMaxs(0, 0);
        code.visitEnd();
        return code;
    }

    private static void discard(MethodNode code, Type value) {
        if (value.getSize() == 2) {
            code.visitInsn(POP2);
        } else if (value.getSize() == 1) {
            code.visitInsn(POP);
        }
    }
}
