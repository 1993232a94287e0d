package ariadne.compiler;

import ariadne.compiler.abi.Symbols;
import ariadne.compiler.cell.CellWriter;
import ariadne.compiler.frontend.ClassInitialization;
import ariadne.compiler.frontend.ClassPool;
import ariadne.compiler.frontend.Diagnostics;
import ariadne.compiler.frontend.FinalizerCheck;
import ariadne.compiler.frontend.Hierarchy;
import ariadne.compiler.frontend.Layouts;
import ariadne.compiler.frontend.MagicUsageCheck;
import ariadne.compiler.frontend.ResolutionException;
import ariadne.compiler.frontend.SourceLines;
import ariadne.compiler.template.BytecodeEmitter;
import ariadne.compiler.template.CellContext;
import ariadne.compiler.template.CompiledMethod;
import ariadne.compiler.template.InitializerGuard;
import ariadne.compiler.template.LinkRequirements;
import ariadne.compiler.template.MethodCompiler;
import ariadne.compiler.template.SynchronizedMethods;
import ariadne.compiler.x86.X86Emitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** Compiles one cell's classes to an x86-64 ELF relocatable ({@code NAME.cell}). */
public final class CellCompiler {
    /** Classes of this package are compile-time API only: calls to them are intrinsics. */
    private static final String INTRINSIC_PACKAGE = "ariadne/magic/";

    private CellCompiler() {
    }

    /**
     * @param classes        this cell's class files (keys are ignored; names come from the files)
     * @param libraryClasses class files of every cell it depends on, read for layouts, vtables
     *                       and signatures only
     * @throws CompileException listing every error found
     */
    public static CompiledCell compile(CellSpec spec, Map<String, byte[]> classes, Map<String, byte[]> libraryClasses)
            throws CompileException {
        ClassPool pool = new ClassPool(classes.values(), libraryClasses.values());
        Layouts layouts = new Layouts(new Hierarchy(pool));
        Diagnostics diagnostics = new Diagnostics(spec.name());
        LinkRequirements links = new LinkRequirements();
        List<ClassNode> compiled = pool.cellClasses().stream()
                .filter(c -> !c.name.startsWith(INTRINSIC_PACKAGE)).toList();
        if (!spec.privileged()) {
            MagicUsageCheck.check(spec.name(), compiled, diagnostics);
        }
        FinalizerCheck.check(compiled, diagnostics);
        CellContext context = new CellContext(layouts, links, diagnostics, spec.privileged());
        List<CompiledMethod> methods = new ArrayList<>();
        for (ClassNode node : compiled) {
            compileClass(context, node, methods);
        }
        if (diagnostics.hasErrors()) {
            throw new CompileException(diagnostics.errors());
        }
        try {
            return new CellWriter(spec, layouts, links).write(compiled, methods);
        } catch (ResolutionException e) {
            throw new CompileException(List.of("Cell " + spec.name() + ": " + e.getMessage()));
        }
    }

    private static void compileClass(CellContext context, ClassNode node, List<CompiledMethod> into) {
        // By index: compiling may append synthetic methods (see MultiArrayLowering) to compile too.
        for (int i = 0; i < node.methods.size(); i++) {
            MethodNode method = node.methods.get(i);
            if ((method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                continue; // no code: abstract, or bound at link time (docs/ABI.md, native)
            }
            SynchronizedMethods.lower(node.name, method);
            CompiledMethod compiled = MethodCompiler.compile(context, node, method, newEmitter());
            if (compiled != null) {
                into.add(compiled);
            }
        }
        if (ClassInitialization.hasInitializer(node)) {
            into.add(initializerGuard(context, node));
        }
    }

    private static CompiledMethod initializerGuard(CellContext context, ClassNode node) {
        List<String> prerequisites = List.of();
        try {
            prerequisites = ClassInitialization.prerequisites(context.hierarchy(), node).stream()
                    .map(Symbols::clinitGuard).toList();
        } catch (ResolutionException e) {
            context.diagnostics().error(SourceLines.sourcePath(node), e.getMessage());
        }
        return InitializerGuard.compile(node.name, SourceLines.sourcePath(node), prerequisites, newEmitter());
    }

    /** The one place that picks the instruction set. */
    private static BytecodeEmitter newEmitter() {
        return new X86Emitter();
    }
}
