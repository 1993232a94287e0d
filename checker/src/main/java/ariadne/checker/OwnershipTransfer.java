package ariadne.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.dataflow.analysis.RegularTransferResult;
import org.checkerframework.dataflow.analysis.TransferInput;
import org.checkerframework.dataflow.analysis.TransferResult;
import org.checkerframework.dataflow.cfg.node.ArrayCreationNode;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.FunctionalInterfaceNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.dataflow.cfg.node.ReturnNode;
import org.checkerframework.dataflow.expression.LocalVariable;
import org.checkerframework.framework.flow.CFAbstractAnalysis;
import org.checkerframework.framework.flow.CFStore;
import org.checkerframework.framework.flow.CFTransfer;
import org.checkerframework.framework.flow.CFValue;
import org.checkerframework.javacutil.AnnotationUtils;

/**
 * Flow of ownership: after a move (see {@link MoveSites}) the moved variable's value is
 * {@code @Moved}, on the normal path and on the exception paths out of the moving node alike (a
 * callee that throws may already have kept the value). Merges give {@code @MaybeMoved}, so uses
 * after branches, loop back edges and {@code finally} are caught. Assigning a fresh value to a
 * variable that is not declared {@code @Unique} leaves it {@code @Shared}: only declared
 * variables own.
 */
final class OwnershipTransfer extends CFTransfer {
    private final CFAbstractAnalysis<CFValue, CFStore, CFTransfer> analysis;
    private final OwnershipAnnotatedTypeFactory factory;

    OwnershipTransfer(CFAbstractAnalysis<CFValue, CFStore, CFTransfer> analysis, OwnershipAnnotatedTypeFactory factory) {
        super(analysis);
        this.analysis = analysis;
        this.factory = factory;
    }

    /** A moved variable's value is its flow state, not the more specific of that and its declared type. */
    @Override
    public TransferResult<CFValue, CFStore> visitLocalVariable(LocalVariableNode n, TransferInput<CFValue, CFStore> in) {
        CFValue stored = in.getRegularStore().getValue(n);
        if (stored != null && stored.getAnnotations().stream().anyMatch(factory::isMovedState)) {
            return new RegularTransferResult<>(stored, in.getRegularStore());
        }
        return super.visitLocalVariable(n, in);
    }

    @Override
    public TransferResult<CFValue, CFStore> visitMethodInvocation(
            MethodInvocationNode n, TransferInput<CFValue, CFStore> in) {
        TransferResult<CFValue, CFStore> result = super.visitMethodInvocation(n, in);
        return move(result, factory.moveSites.ofInvocation((MethodInvocationTree) n.getTree()));
    }

    @Override
    public TransferResult<CFValue, CFStore> visitObjectCreation(
            ObjectCreationNode n, TransferInput<CFValue, CFStore> in) {
        TransferResult<CFValue, CFStore> result = super.visitObjectCreation(n, in);
        return move(result, factory.moveSites.ofConstruction((NewClassTree) n.getTree()));
    }

    @Override
    public TransferResult<CFValue, CFStore> visitAssignment(AssignmentNode n, TransferInput<CFValue, CFStore> in) {
        TransferResult<CFValue, CFStore> result = super.visitAssignment(n, in);
        if (n.getTarget() instanceof LocalVariableNode target) {
            leaveUnownedVariableShared(target, result);
        }
        if (n.getExpression().getTree() instanceof ExpressionTree value) {
            return move(result, factory.moveSites.trackedIn(value));
        }
        return result;
    }

    @Override
    public TransferResult<CFValue, CFStore> visitReturn(ReturnNode n, TransferInput<CFValue, CFStore> in) {
        TransferResult<CFValue, CFStore> result = super.visitReturn(n, in);
        ExpressionTree value = ((ReturnTree) n.getTree()).getExpression();
        return value == null ? result : move(result, factory.moveSites.trackedIn(value));
    }

    @Override
    public TransferResult<CFValue, CFStore> visitArrayCreation(
            ArrayCreationNode n, TransferInput<CFValue, CFStore> in) {
        TransferResult<CFValue, CFStore> result = super.visitArrayCreation(n, in);
        // A varargs call's implicit array is synthetic (it has no path in the source): the call
        // itself moves its elements, according to the varargs parameter's element type.
        if (!(n.getTree() instanceof NewArrayTree array) || array.getInitializers() == null
                || factory.getPath(array) == null) {
            return result;
        }
        Set<VariableElement> moved = new LinkedHashSet<>();
        array.getInitializers().forEach(element -> moved.addAll(factory.moveSites.trackedIn(element)));
        return move(result, moved);
    }

    @Override
    public TransferResult<CFValue, CFStore> visitMemberReference(
            FunctionalInterfaceNode n, TransferInput<CFValue, CFStore> in) {
        TransferResult<CFValue, CFStore> result = super.visitMemberReference(n, in);
        return move(result, factory.moveSites.ofFunctionalExpression(n.getTree()));
    }

    private void leaveUnownedVariableShared(LocalVariableNode target, TransferResult<CFValue, CFStore> result) {
        VariableElement variable = target.getElement();
        if (factory.getAnnotatedType(variable).hasPrimaryAnnotation(factory.unique)) {
            return;
        }
        LocalVariable local = new LocalVariable(variable);
        for (CFStore store : storesOf(result)) {
            CFValue value = store.getValue(local);
            if (value != null && AnnotationUtils.containsSame(value.getAnnotations(), factory.unique)) {
                store.replaceValue(local, analysis.createSingleAnnotationValue(factory.shared, variable.asType()));
            }
        }
    }

    private TransferResult<CFValue, CFStore> move(TransferResult<CFValue, CFStore> result, Set<VariableElement> moved) {
        if (moved.isEmpty()) {
            return result;
        }
        // This type system refines nothing on conditions, so then/else stores can be merged.
        CFStore store = result.containsTwoStores()
                ? result.getThenStore().leastUpperBound(result.getElseStore())
                : result.getRegularStore();
        for (VariableElement variable : moved) {
            store.replaceValue(new LocalVariable(variable),
                    analysis.createSingleAnnotationValue(factory.moved, variable.asType()));
        }
        return new MovedOnEveryPath(result.getResultValue(), store);
    }

    private static List<CFStore> storesOf(TransferResult<CFValue, CFStore> result) {
        return result.containsTwoStores()
                ? List.of(result.getThenStore(), result.getElseStore())
                : List.of(result.getRegularStore());
    }

    /** A result whose exception paths see the moves too. */
    private static final class MovedOnEveryPath extends RegularTransferResult<CFValue, CFStore> {
        private final CFStore afterMove;

        MovedOnEveryPath(CFValue value, CFStore afterMove) {
            super(value, afterMove, true);
            this.afterMove = afterMove;
        }

        @Override
        public CFStore getExceptionalStore(TypeMirror exception) {
            return afterMove.copy();
        }
    }
}
