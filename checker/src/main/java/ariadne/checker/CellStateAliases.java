package ariadne.checker;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The locals of one method that may hold a reference to cell state: those assigned a cell-state
 * field, or another such local, anywhere in the method (flow-insensitive, so a local that ever
 * held cell state counts).
 */
final class CellStateAliases {
    private CellStateAliases() {}

    static Set<VariableElement> in(Tree methodBody) {
        Set<VariableElement> aliases = new HashSet<>();
        boolean grew = true;
        while (grew) {
            int before = aliases.size();
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitVariable(VariableTree tree, Void p) {
                    note(TreeUtils.elementFromDeclaration(tree), tree.getInitializer());
                    return super.visitVariable(tree, p);
                }

                @Override
                public Void visitAssignment(AssignmentTree tree, Void p) {
                    note(TreeUtils.elementFromUse(tree.getVariable()), tree.getExpression());
                    return super.visitAssignment(tree, p);
                }

                private void note(Element target, ExpressionTree value) {
                    if (target instanceof VariableElement local && Captures.isLocal(local) && value != null
                            && CellBoundary.readsCellState(value, aliases)) {
                        aliases.add(local);
                    }
                }
            }.scan(methodBody, null);
            grew = aliases.size() > before;
        }
        return aliases;
    }

    /** Memoizes {@link #in} per method body. */
    static Set<VariableElement> cached(Map<Tree, Set<VariableElement>> cache, Tree methodBody) {
        return methodBody == null ? Set.of() : cache.computeIfAbsent(methodBody, CellStateAliases::in);
    }
}
