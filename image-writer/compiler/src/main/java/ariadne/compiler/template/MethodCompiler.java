package ariadne.compiler.template;

import ariadne.compiler.abi.Symbols;
import ariadne.compiler.frontend.ClassInitialization;
import ariadne.compiler.frontend.FrameAnalysis;
import ariadne.compiler.frontend.ResolutionException;
import ariadne.compiler.frontend.SourceLines;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The template compiler's driver: walks a method's bytecode in order and hands each reachable
 * instruction, with every symbolic reference resolved, to the {@link BytecodeEmitter}. Errors
 * are reported to the cell's diagnostics with the source line and the walk goes on, so one run
 * reports them all.
 */
public final class MethodCompiler {
    private MethodCompiler() {
    }

    /** Compiles a method that has bytecode; returns null if it could not be analysed. */
    public static CompiledMethod compile(CellContext cell, ClassNode owner, MethodNode method,
                                         BytecodeEmitter emitter) {
        SourceLines lines = new SourceLines(owner, method);
        Frame<BasicValue>[] frames;
        try {
            frames = FrameAnalysis.analyze(owner.name, method);
        } catch (AnalyzerException e) {
            cell.diagnostics().error(e.node == null ? lines.sourcePath() : lines.location(e.node),
                    "malformed bytecode in " + method.name + ": " + e.getMessage());
            return null;
        }
        MethodScope scope = new MethodScope(cell, owner, method, emitter, lines, frames);
        FrameLayout frame = FrameLayout.of(method);
        OptionalInt interruptVector = InterruptHandlers.vectorOf(method);
        if (interruptVector.isPresent()) {
            String problem = InterruptHandlers.problem(method, interruptVector.getAsInt());
            if (problem != null) {
                cell.diagnostics().error(lines.sourcePath(), problem);
            }
            emitter.beginInterruptHandler(frame, interruptVector.getAsInt());
        } else {
            emitter.beginMethod(frame);
        }
        if (EntryPoints.isEntryPoint(method)) {
            try {
                FieldAccess.runGuards(emitter, ClassInitialization.guardsFor(cell.hierarchy(), owner.name));
            } catch (ResolutionException e) {
                cell.diagnostics().error(lines.sourcePath(), e.getMessage());
            }
        }

        List<LineEntry> lineTable = new ArrayList<>();
        Map<LabelNode, Integer> labelOffsets = new IdentityHashMap<>();
        Set<LabelNode> targets = jumpTargets(method);
        for (AbstractInsnNode insn : method.instructions) {
            scope.setCurrent(insn);
            if (insn instanceof LabelNode label) {
                labelOffsets.put(label, emitter.codeOffset());
                if (targets.contains(label)) { // line and range markers are no join points
                    emitter.bind(scope.label(label));
                }
            } else if (insn instanceof LineNumberNode number) {
                lineTable.add(new LineEntry(emitter.codeOffset(), number.line));
            } else if (insn.getOpcode() >= 0 && scope.frame() != null) {
                translate(scope, insn);
            }
        }
        MachineCode code = emitter.finish();
        return new CompiledMethod(Symbols.method(owner.name, method.name, method.desc), lines.sourcePath(), code,
                lineTable, handlers(method, labelOffsets), frame.localSlotCount());
    }

    private static void translate(MethodScope scope, AbstractInsnNode insn) {
        try {
            if (insn instanceof InsnNode simple) {
                SimpleInstructions.translate(scope, simple);
            } else if (insn instanceof IntInsnNode immediate) {
                LocalsAndConstants.immediate(scope, immediate);
            } else if (insn instanceof VarInsnNode local) {
                LocalsAndConstants.local(scope, local);
            } else if (insn instanceof IincInsnNode increment) {
                LocalsAndConstants.increment(scope, increment);
            } else if (insn instanceof LdcInsnNode constant) {
                LocalsAndConstants.constant(scope, constant);
            } else if (insn instanceof JumpInsnNode jump) {
                ControlFlow.jump(scope, jump);
            } else if (insn instanceof TableSwitchInsnNode table) {
                ControlFlow.tableSwitch(scope, table);
            } else if (insn instanceof LookupSwitchInsnNode lookup) {
                ControlFlow.lookupSwitch(scope, lookup);
            } else if (insn instanceof FieldInsnNode field) {
                FieldAccess.translate(scope, field);
            } else if (insn instanceof MethodInsnNode call) {
                Invocations.translate(scope, call);
            } else if (insn instanceof TypeInsnNode type) {
                TypeInstructions.translate(scope, type);
            } else if (insn instanceof MultiANewArrayInsnNode array) {
                scope.emitter.callDirect(MultiArrayLowering.helper(scope.owner, array.desc, array.dims),
                        array.dims, true);
            } else if (insn.getOpcode() == Opcodes.INVOKEDYNAMIC) {
                scope.error("invokedynamic is not supported: lambdas must be lowered to classes first,"
                        + " and string concatenation compiled with -XDstringConcat=inline");
            } else {
                scope.error("bytecode " + Mnemonics.of(insn.getOpcode()) + " is not supported by the template compiler");
            }
        } catch (ResolutionException e) {
            scope.error(e.getMessage());
        }
    }

    /** Labels control can reach other than by falling through: branch, switch and handler targets. */
    private static Set<LabelNode> jumpTargets(MethodNode method) {
        Set<LabelNode> targets = Collections.newSetFromMap(new IdentityHashMap<>());
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof JumpInsnNode jump) {
                targets.add(jump.label);
            } else if (insn instanceof TableSwitchInsnNode table) {
                targets.add(table.dflt);
                targets.addAll(table.labels);
            } else if (insn instanceof LookupSwitchInsnNode lookup) {
                targets.add(lookup.dflt);
                targets.addAll(lookup.labels);
            }
        }
        for (TryCatchBlockNode block : method.tryCatchBlocks) {
            targets.add(block.handler);
        }
        return targets;
    }

    private static List<HandlerEntry> handlers(MethodNode method, Map<LabelNode, Integer> labelOffsets) {
        List<HandlerEntry> handlers = new ArrayList<>();
        for (TryCatchBlockNode block : method.tryCatchBlocks) {
            handlers.add(new HandlerEntry(labelOffsets.get(block.start), labelOffsets.get(block.end),
                    labelOffsets.get(block.handler), block.type));
        }
        return handlers;
    }
}
