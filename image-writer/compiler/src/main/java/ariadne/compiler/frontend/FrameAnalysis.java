package ariadne.compiler.frontend;

import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.MethodNode;

/** The operand-stack and local-variable shapes before every instruction of a method. */
public final class FrameAnalysis {
    private FrameAnalysis() {
    }

    /**
     * One frame per instruction index; null for unreachable instructions.
     *
     * @throws AnalyzerException if the bytecode is malformed
     */
    public static Frame<BasicValue>[] analyze(String owner, MethodNode method) throws AnalyzerException {
        return new Analyzer<>(new SlotInterpreter()).analyze(owner, method);
    }
}
