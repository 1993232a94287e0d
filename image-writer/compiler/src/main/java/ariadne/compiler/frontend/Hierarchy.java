package ariadne.compiler.frontend;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/** Superclass and interface relations over a {@link ClassPool}, and member resolution (JVMS 5.4.3). */
public final class Hierarchy {
    public static final String OBJECT = "java/lang/Object";

    private final ClassPool pool;

    public Hierarchy(ClassPool pool) {
        this.pool = pool;
    }

    public ClassPool pool() {
        return pool;
    }

    public ClassNode require(String internalName) throws ResolutionException {
        return pool.require(internalName);
    }

    public static boolean isInterface(ClassNode node) {
        return (node.access & Opcodes.ACC_INTERFACE) != 0;
    }

    /** The class and its superclasses, from the class itself up to java.lang.Object. */
    public List<ClassNode> superChain(String internalName) throws ResolutionException {
        List<ClassNode> chain = new ArrayList<>();
        for (String name = internalName; name != null; ) {
            ClassNode node = pool.require(name);
            chain.add(node);
            name = node.superName;
        }
        return chain;
    }

    /** Depth in the superclass chain: java.lang.Object is 0. */
    public int depth(String internalName) throws ResolutionException {
        return superChain(internalName).size() - 1;
    }

    /** Whether {@code sub} is {@code sup} or one of its subclasses (not interfaces). */
    public boolean isSubclass(String sub, String sup) throws ResolutionException {
        for (ClassNode node : superChain(sub)) {
            if (node.name.equals(sup)) {
                return true;
            }
        }
        return false;
    }

    /** Every interface the class or interface implements, directly or inherited, in a fixed order. */
    public Set<ClassNode> allInterfaces(String internalName) throws ResolutionException {
        Set<ClassNode> result = new LinkedHashSet<>();
        List<ClassNode> chain = superChain(internalName);
        for (int i = chain.size() - 1; i >= 0; i--) {
            collectInterfaces(chain.get(i), result);
        }
        return result;
    }

    private void collectInterfaces(ClassNode node, Set<ClassNode> into) throws ResolutionException {
        for (String name : node.interfaces) {
            ClassNode itf = pool.require(name);
            collectInterfaces(itf, into);
            into.add(itf);
        }
    }

    /** Field resolution: the class, its interfaces, then its superclass. */
    public ResolvedField resolveField(String owner, String name, String descriptor) throws ResolutionException {
        ResolvedField found = findField(pool.require(owner), name, descriptor);
        if (found == null) {
            throw new ResolutionException("field " + owner.replace('/', '.') + "." + name + " does not exist");
        }
        return found;
    }

    private ResolvedField findField(ClassNode node, String name, String descriptor) throws ResolutionException {
        for (FieldNode field : node.fields) {
            if (field.name.equals(name) && field.desc.equals(descriptor)) {
                return new ResolvedField(node, field);
            }
        }
        for (String itf : node.interfaces) {
            ResolvedField found = findField(pool.require(itf), name, descriptor);
            if (found != null) {
                return found;
            }
        }
        return node.superName == null ? null : findField(pool.require(node.superName), name, descriptor);
    }

    /** Method resolution: the superclass chain first, then superinterfaces (non-abstract preferred). */
    public ResolvedMethod resolveMethod(String owner, String name, String descriptor) throws ResolutionException {
        for (ClassNode node : superChain(owner)) {
            MethodNode method = declared(node, name, descriptor);
            if (method != null) {
                return new ResolvedMethod(node, method);
            }
        }
        ResolvedMethod abstractCandidate = null;
        for (ClassNode itf : allInterfaces(owner)) {
            MethodNode method = declared(itf, name, descriptor);
            if (method != null && (method.access & Opcodes.ACC_STATIC) == 0) {
                ResolvedMethod candidate = new ResolvedMethod(itf, method);
                if (!candidate.isAbstract()) {
                    return candidate;
                }
                if (abstractCandidate == null) {
                    abstractCandidate = candidate;
                }
            }
        }
        if (abstractCandidate == null) {
            throw new ResolutionException("method " + owner.replace('/', '.') + "." + name + descriptor
                    + " does not exist");
        }
        return abstractCandidate;
    }

    /** The method a class or interface itself declares, or null. */
    public static MethodNode declared(ClassNode node, String name, String descriptor) {
        for (MethodNode method : node.methods) {
            if (method.name.equals(name) && method.desc.equals(descriptor)) {
                return method;
            }
        }
        return null;
    }
}
