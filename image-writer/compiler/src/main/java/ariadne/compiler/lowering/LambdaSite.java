package ariadne.compiler.lowering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * A {@code LambdaMetafactory.metafactory/altMetafactory} call site: the functional interface to
 * implement, the method to implement (plus bridges), the captured values and the implementation.
 *
 * @param factoryDescriptor the call site's type: captured values → the functional interface
 * @param interfaces        the functional interface first, then marker interfaces
 * @param methodName        the name of the interface method to implement
 * @param methodDescriptors the erased interface method type first, then bridge types
 * @param instantiated      the interface method type with type variables instantiated
 * @param implementation    the method the lambda calls
 */
record LambdaSite(String factoryDescriptor, List<String> interfaces, String methodName,
                  List<Type> methodDescriptors, Type instantiated, Handle implementation) {
    static final String FACTORY = "java/lang/invoke/LambdaMetafactory";

    private static final int FLAG_SERIALIZABLE = 1;
    private static final int FLAG_MARKERS = 2;
    private static final int FLAG_BRIDGES = 4;
    private static final String SERIALIZABLE = "java/io/Serializable";

    static boolean isLambda(InvokeDynamicInsnNode indy) {
        return indy.bsm.getOwner().equals(FACTORY)
                && (indy.bsm.getName().equals("metafactory") || indy.bsm.getName().equals("altMetafactory"));
    }

    static LambdaSite of(InvokeDynamicInsnNode indy) throws SiteError {
        Object[] args = indy.bsmArgs;
        if (args.length < 3 || !(args[0] instanceof Type erased) || !(args[1] instanceof Handle implementation)
                || !(args[2] instanceof Type instantiated)) {
            throw new SiteError("malformed lambda metafactory arguments");
        }
        Set<String> interfaces = new LinkedHashSet<>();
        interfaces.add(Type.getReturnType(indy.desc).getInternalName());
        Set<Type> methods = new LinkedHashSet<>();
        methods.add(erased);
        if (indy.bsm.getName().equals("altMetafactory")) {
            readAlternativeArguments(args, interfaces, methods);
        }
        return new LambdaSite(indy.desc, List.copyOf(interfaces), indy.name, List.copyOf(methods), instantiated,
                implementation);
    }

    /** altMetafactory: flags, then [marker count, markers...] and [bridge count, bridges...] as flagged. */
    private static void readAlternativeArguments(Object[] args, Set<String> interfaces, Set<Type> methods)
            throws SiteError {
        List<Object> rest = new ArrayList<>(List.of(args).subList(3, args.length));
        int flags = takeInt(rest);
        if ((flags & FLAG_MARKERS) != 0) {
            for (int count = takeInt(rest); count > 0; count--) {
                interfaces.add(takeType(rest).getInternalName());
            }
        }
        if ((flags & FLAG_SERIALIZABLE) != 0) {
            interfaces.add(SERIALIZABLE);
        }
        if ((flags & FLAG_BRIDGES) != 0) {
            for (int count = takeInt(rest); count > 0; count--) {
                methods.add(takeType(rest));
            }
        }
    }

    private static int takeInt(List<Object> args) throws SiteError {
        if (args.isEmpty() || !(args.get(0) instanceof Integer value)) {
            throw new SiteError("malformed altMetafactory arguments: expected a count or flags");
        }
        args.remove(0);
        return value;
    }

    private static Type takeType(List<Object> args) throws SiteError {
        if (args.isEmpty() || !(args.get(0) instanceof Type type)) {
            throw new SiteError("malformed altMetafactory arguments: expected a type");
        }
        args.remove(0);
        return type;
    }

    List<Type> captured() {
        return List.of(Type.getArgumentTypes(factoryDescriptor));
    }
}
