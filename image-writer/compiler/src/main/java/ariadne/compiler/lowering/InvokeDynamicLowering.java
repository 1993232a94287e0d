package ariadne.compiler.lowering;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Rewrites a cell's {@code invokedynamic} instructions at build time (the closed world knows every
 * call site): lambdas and method references become generated classes in the host's package and
 * nest, records' {@code ObjectMethods} call sites become helper methods of the record. Any other
 * bootstrap is an error naming the call site.
 */
public final class InvokeDynamicLowering {
    private static final String STRING_CONCAT = "java/lang/invoke/StringConcatFactory";
    private static final String DESERIALIZE = "$deserializeLambda$";

    private final String cellName;
    private final Map<String, ClassNode> nodes = new TreeMap<>();
    private final Map<String, ClassNode> generated = new LinkedHashMap<>();
    private final Set<String> changed = new HashSet<>();
    private final List<String> errors = new ArrayList<>();

    private InvokeDynamicLowering(String cellName) {
        this.cellName = cellName;
    }

    /**
     * @param cellClasses    the cell's classes, internal name → class file
     * @param libraryClasses the classes the cell compiles against; not read, as every call site carries
     *                       the types and handles its lowering needs, and never rewritten
     * @return the cell's classes with every {@code invokedynamic} rewritten, then the generated classes
     */
    public static Map<String, byte[]> lower(String cellName, Map<String, byte[]> cellClasses,
                                            Map<String, byte[]> libraryClasses) throws LoweringException {
        InvokeDynamicLowering lowering = new InvokeDynamicLowering(cellName);
        cellClasses.forEach((name, bytes) -> {
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, 0);
            lowering.nodes.put(name, node);
        });
        for (ClassNode node : List.copyOf(lowering.nodes.values())) {
            lowering.lowerClass(node);
        }
        if (!lowering.errors.isEmpty()) {
            throw new LoweringException(lowering.errors);
        }
        Map<String, byte[]> result = new LinkedHashMap<>();
        cellClasses.forEach((name, bytes) -> result.put(name,
                lowering.changed.contains(name) ? write(lowering.nodes.get(name)) : bytes));
        lowering.generated.forEach((name, node) -> result.put(name, write(node)));
        return result;
    }

    private static byte[] write(ClassNode node) {
        // Frames are kept as read; the only new branches (record equals) carry their own frames.
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        node.accept(writer);
        return writer.toByteArray();
    }

    private void lowerClass(ClassNode node) {
        boolean touched = node.methods.removeIf(m -> m.name.equals(DESERIALIZE)); // serialization is not supported
        List<MethodNode> helpers = new ArrayList<>();
        for (MethodNode method : node.methods) {
            for (AbstractInsnNode insn : method.instructions.toArray()) {
                if (insn instanceof InvokeDynamicInsnNode indy) {
                    try {
                        method.instructions.set(indy, replacement(node, indy, helpers));
                        touched = true;
                    } catch (SiteError e) {
                        errors.add(SourcePosition.of(cellName, node, indy) + ": " + e.getMessage());
                    }
                }
            }
        }
        node.methods.addAll(helpers);
        if (touched) {
            markChanged(node.name);
        }
    }

    private MethodInsnNode replacement(ClassNode host, InvokeDynamicInsnNode indy, List<MethodNode> helpers)
            throws SiteError {
        Handle bootstrap = indy.bsm;
        if (LambdaSite.isLambda(indy)) {
            return lambda(host, indy);
        }
        if (RecordMethodsGenerator.isRecordMethods(indy)) {
            String name = RecordMethodsGenerator.helperName(indy);
            if (helpers.stream().noneMatch(m -> m.name.equals(name) && m.desc.equals(indy.desc))) {
                helpers.add(RecordMethodsGenerator.helper(host, indy, SourcePosition.lineOf(indy)));
            }
            return new MethodInsnNode(INVOKESTATIC, host.name, name, indy.desc, false);
        }
        if (bootstrap.getOwner().equals(STRING_CONCAT)) {
            throw new SiteError("string concatenation through invokedynamic: compile the cell with"
                    + " -XDstringConcat=inline");
        }
        throw new SiteError("invokedynamic with bootstrap " + bootstrap.getOwner().replace('/', '.') + "."
                + bootstrap.getName() + " is not supported (only lambdas, method references and records are)");
    }

    private MethodInsnNode lambda(ClassNode host, InvokeDynamicInsnNode indy) throws SiteError {
        LambdaSite site = LambdaSite.of(indy);
        ImplementationCall call = ImplementationCall.of(site.implementation(), isPrivateInHost(host,
                site.implementation()));
        String name = nextLambdaName(host.name);
        ClassNode nestHost = nestHostOf(host);
        ClassNode lambdaClass = new LambdaClassGenerator(name, site, call, SourcePosition.lineOf(indy))
                .generate(host, nestHost.name);
        nestHost.nestMembers = nestHost.nestMembers == null ? new ArrayList<>() : nestHost.nestMembers;
        nestHost.nestMembers.add(name);
        markChanged(nestHost.name);
        generated.put(name, lambdaClass);
        return new MethodInsnNode(INVOKESTATIC, name, LambdaClassGenerator.FACTORY_NAME, indy.desc, false);
    }

    private static boolean isPrivateInHost(ClassNode host, Handle handle) {
        return handle.getOwner().equals(host.name) && host.methods.stream().anyMatch(m ->
                m.name.equals(handle.getName()) && m.desc.equals(handle.getDesc()) && (m.access & ACC_PRIVATE) != 0);
    }

    /** The class whose nest the host belongs to; it must be in the cell, as javac puts nests in one unit. */
    private ClassNode nestHostOf(ClassNode host) throws SiteError {
        if (host.nestHostClass == null) {
            return host;
        }
        ClassNode nestHost = nodes.get(host.nestHostClass);
        if (nestHost == null) {
            throw new SiteError("nest host " + host.nestHostClass + " of " + host.name + " is not in the cell");
        }
        return nestHost;
    }

    /** {@code Host$$Lambda$N}, numbered per host in call-site order and skipping names the cell uses. */
    private String nextLambdaName(String host) {
        for (int index = 0; ; index++) {
            String name = host + "$$Lambda$" + index;
            if (!nodes.containsKey(name) && !generated.containsKey(name)) {
                return name;
            }
        }
    }

    private void markChanged(String name) {
        changed.add(name);
    }
}
