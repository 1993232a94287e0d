package ariadne.checker;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.common.basetype.BaseTypeVisitor;
import org.checkerframework.dataflow.expression.LocalVariable;
import org.checkerframework.framework.flow.CFStore;
import org.checkerframework.framework.flow.CFValue;
import org.checkerframework.framework.type.AnnotatedTypeMirror;
import org.checkerframework.framework.type.AnnotatedTypeMirror.AnnotatedExecutableType;
import org.checkerframework.javacutil.AnnotationMirrorSet;
import org.checkerframework.javacutil.AnnotationUtils;
import org.checkerframework.javacutil.TreePathUtil;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The ownership and cell-confinement rules that are not plain subtyping: use after move, values
 * that must be {@code @Unique}, {@code @Borrowed} escapes, consuming calls, lambda captures,
 * {@code @Immutable} classes, cell state and values crossing into other cells.
 */
public final class OwnershipVisitor extends BaseTypeVisitor<OwnershipAnnotatedTypeFactory> {
    private final CellBoundary boundary;
    private final ImmutableClassRule immutableClassRule;
    private final SuppressionRule suppressionRule;
    private final Map<Tree, Set<VariableElement>> cellStateAliases = new HashMap<>();

    public OwnershipVisitor(BaseTypeChecker checker) {
        super(checker);
        this.boundary = new CellBoundary(
                checker.getOption(CellBoundary.CELL_OPTION, "this cell"),
                CellBoundary.packageList(checker.getOption(CellBoundary.CELL_PACKAGES_OPTION), List.of()),
                CellBoundary.packageList(checker.getOption(CellBoundary.LIBRARY_PACKAGES_OPTION),
                        CellBoundary.DEFAULT_LIBRARY_PACKAGES),
                elements);
        this.immutableClassRule = new ImmutableClassRule(checker, atypeFactory);
        this.suppressionRule = new SuppressionRule(trees);
    }

    @Override
    public Void visitAnnotation(AnnotationTree tree, Void p) {
        suppressionRule.check(tree, getCurrentPath().getCompilationUnit());
        return super.visitAnnotation(tree, p);
    }

    // ---- Rule 1: use after move -------------------------------------------------------------

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void p) {
        Element element = TreeUtils.elementFromUse(tree);
        if (element instanceof VariableElement variable && atypeFactory.isTracked(variable)
                && !isAssignedTo(tree) && !isCapture(variable)) {
            reportIfMoved(tree, variable, atypeFactory.ownershipOf(atypeFactory.getAnnotatedType(tree)));
        }
        return super.visitIdentifier(tree, p);
    }

    private void reportIfMoved(Tree use, VariableElement variable, AnnotationMirror state) {
        if (state == null) {
            return;
        }
        if (AnnotationUtils.areSame(state, atypeFactory.moved)) {
            checker.reportError(use, "use.after.move", variable.getSimpleName());
        } else if (AnnotationUtils.areSame(state, atypeFactory.maybeMoved)) {
            checker.reportError(use, "use.after.maybe.move", variable.getSimpleName());
        }
    }

    private boolean isAssignedTo(IdentifierTree tree) {
        Tree parent = getCurrentPath().getParentPath().getLeaf();
        return parent instanceof AssignmentTree assignment && assignment.getVariable() == tree;
    }

    /** A use inside a lambda or anonymous class of a variable declared outside it: checked at the capture. */
    private boolean isCapture(VariableElement variable) {
        return isCaptureAt(getCurrentPath(), variable);
    }

    private boolean isCaptureAt(TreePath use, VariableElement variable) {
        Tree capturing = enclosingCapturingTree(use);
        return capturing != null && !isDeclaredWithin(variable, capturing);
    }

    private static Tree enclosingCapturingTree(TreePath path) {
        for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
            Tree leaf = p.getLeaf();
            if (leaf instanceof LambdaExpressionTree) {
                return leaf;
            }
            if (leaf instanceof ClassTree) {
                return leaf;
            }
            if (leaf instanceof MethodTree && !(p.getParentPath().getLeaf() instanceof ClassTree)) {
                return null;
            }
        }
        return null;
    }

    private boolean isDeclaredWithin(VariableElement variable, Tree container) {
        Tree declaration = atypeFactory.declarationFromElement(variable);
        if (declaration == null) {
            return false;
        }
        CompilationUnitTree root = getCurrentPath().getCompilationUnit();
        SourcePositions positions = trees.getSourcePositions();
        long at = positions.getStartPosition(root, declaration);
        return at >= positions.getStartPosition(root, container) && at < positions.getEndPosition(root, container);
    }

    // ---- Captures by lambdas, method references and anonymous classes -----------------------

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void p) {
        checkCaptures(tree, atypeFactory.capturesOf(tree));
        return super.visitLambdaExpression(tree, p);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void p) {
        ExpressionTree qualifier = tree.getQualifierExpression();
        if (TreeUtils.elementFromUse(qualifier) instanceof VariableElement variable && Captures.isLocal(variable)
                && isBorrowedBefore(tree, variable)) {
            checker.reportError(qualifier, "borrowed.captured", variable.getSimpleName());
        }
        return super.visitMemberReference(tree, p);
    }

    /** A method reference bound to a borrowed object was reported as a capture; its receiver is not rechecked. */
    @Override
    protected boolean checkMethodReferenceAsOverride(MemberReferenceTree tree, Void p) {
        if (TreeUtils.elementFromUse(tree.getQualifierExpression()) instanceof VariableElement variable
                && Captures.isLocal(variable) && isBorrowedBefore(tree, variable)) {
            return true;
        }
        return super.checkMethodReferenceAsOverride(tree, p);
    }

    private void checkCaptures(Tree capturing, Captures captures) {
        Tree outer = enclosingCapturingTree(getCurrentPath());
        CFStore before = atypeFactory.getStoreBefore(capturing);
        for (Captures.Capture capture : captures.captures()) {
            VariableElement variable = capture.variable();
            if (outer != null && !isDeclaredWithin(variable, outer)) {
                continue; // the outermost capturing lambda or class reports it
            }
            AnnotationMirror state = stateIn(before, variable);
            if (atypeFactory.isTracked(variable)) {
                reportIfMoved(capture.use(), variable, state);
            }
            if (state != null && AnnotationUtils.areSame(state, atypeFactory.borrowed)) {
                checker.reportError(capture.use(), "borrowed.captured", variable.getSimpleName());
            }
        }
    }

    private boolean isBorrowedBefore(Tree tree, VariableElement variable) {
        AnnotationMirror state = stateIn(atypeFactory.getStoreBefore(tree), variable);
        return state != null && AnnotationUtils.areSame(state, atypeFactory.borrowed);
    }

    /** The flow state of a variable in a store, or its declared qualifier if the store knows nothing. */
    private AnnotationMirror stateIn(CFStore store, VariableElement variable) {
        CFValue value = store == null ? null : store.getValue(new LocalVariable(variable));
        if (value != null && !value.getAnnotations().isEmpty()) {
            return value.getAnnotations().iterator().next();
        }
        return atypeFactory.ownershipOf(atypeFactory.getAnnotatedType(variable));
    }

    // ---- Assignments: @Unique required, @Borrowed escapes -----------------------------------

    @Override
    protected boolean commonAssignmentCheck(
            AnnotatedTypeMirror varType, ExpressionTree valueTree, String errorKey, Object... extraArgs) {
        ExpressionTree value = TreeUtils.withoutParens(valueTree);
        if ((value instanceof LambdaExpressionTree || value instanceof MemberReferenceTree)
                && varType.hasPrimaryAnnotation(atypeFactory.unique)
                && !atypeFactory.getAnnotatedType(value).hasPrimaryAnnotation(atypeFactory.unique)) {
            checker.reportError(valueTree, "not.unique", "a lambda capturing shared state");
            return false;
        }
        return super.commonAssignmentCheck(varType, valueTree, errorKey, extraArgs);
    }

    @Override
    protected boolean commonAssignmentCheck(
            AnnotatedTypeMirror varType, AnnotatedTypeMirror valueType, Tree valueTree,
            String errorKey, Object... extraArgs) {
        AnnotationMirror value = atypeFactory.ownershipOf(valueType);
        if (isTrackedVariable(valueTree) && atypeFactory.isMovedState(value)) {
            return true; // reported where the moved variable is used
        }
        if (ShareableTypes.isShareable(valueType.getUnderlyingType())) {
            return true; // immutable and thread-safe values go anywhere
        }
        AnnotationMirror target = atypeFactory.ownershipOf(varType);
        // A plain type variable's ownership is its type argument's, checked where it is instantiated.
        boolean genericValue = valueType.getKind() == TypeKind.TYPEVAR && valueType.getPrimaryAnnotations().isEmpty();
        if (genericValue && target != null && AnnotationUtils.areSame(target, atypeFactory.unique)) {
            return true;
        }
        if (target != null && AnnotationUtils.areSame(target, atypeFactory.unique)
                && !valueType.hasPrimaryAnnotation(atypeFactory.unique) && !valueType.hasPrimaryAnnotation(atypeFactory.bottom)) {
            checker.reportError(valueTree, "not.unique", valueType);
            return false;
        }
        if (value != null && AnnotationUtils.areSame(value, atypeFactory.borrowed)
                && target != null && !AnnotationUtils.areSame(target, atypeFactory.borrowed)
                && !atypeFactory.isMovedState(target)) {
            if (isCapturedVariable(valueTree)) {
                return true; // reported where the lambda captures it
            }
            checker.reportError(valueTree, borrowedEscapeKey(errorKey), valueTree);
            return false;
        }
        return super.commonAssignmentCheck(varType, valueType, valueTree, errorKey, extraArgs);
    }

    private boolean isTrackedVariable(Tree valueTree) {
        return valueTree instanceof ExpressionTree expression
                && !atypeFactory.moveSites.trackedIn(expression).isEmpty();
    }

    /** A captured variable inside a lambda: a borrowed one was reported where it is captured. */
    private boolean isCapturedVariable(Tree valueTree) {
        return valueTree instanceof IdentifierTree identifier
                && TreeUtils.elementFromUse(identifier) instanceof VariableElement variable
                && Captures.isLocal(variable) && isCaptureAt(atypeFactory.getPath(identifier), variable);
    }

    private static String borrowedEscapeKey(String errorKey) {
        return switch (errorKey) {
            case "return" -> "borrowed.returned";
            case "argument" -> "borrowed.passed";
            default -> "borrowed.stored";
        };
    }

    /** Thrown values are shared, so catch parameters need not be the top. */
    @Override
    protected AnnotationMirrorSet getExceptionParameterLowerBoundAnnotations() {
        return new AnnotationMirrorSet(List.of(atypeFactory.shared));
    }

    /** Receivers are borrowed by the call; consuming calls are checked in {@link #checkConsumedReceiver}. */
    @Override
    protected boolean skipReceiverSubtypeCheck(
            MethodInvocationTree tree, AnnotatedTypeMirror definitionReceiver, AnnotatedTypeMirror callReceiver) {
        return true;
    }

    /** Constructors produce fresh objects; their result type is given at {@code new}. */
    @Override
    protected void checkConstructorResult(AnnotatedExecutableType constructorType, ExecutableElement constructor) {}

    // ---- Calls: consuming receivers, arguments moved twice, values crossing cells -----------

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void p) {
        ExecutableElement method = TreeUtils.elementFromUse(tree);
        checkConsumedReceiver(tree, method);
        checkMovedOnce(tree, method, tree.getArguments(), TreeUtils.isVarargsCall(tree));
        if (crossesBoundary(method)) {
            checkCrossingArguments(method, tree.getArguments(), TreeUtils.isVarargsCall(tree));
            checkCrossingResult(tree, method);
        }
        return super.visitMethodInvocation(tree, p);
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void p) {
        ExecutableElement constructor = TreeUtils.elementFromUse(tree);
        checkMovedOnce(tree, constructor, tree.getArguments(), TreeUtils.isVarargsCall(tree));
        if (crossesBoundary(constructor)) {
            checkCrossingArguments(constructor, tree.getArguments(), TreeUtils.isVarargsCall(tree));
        }
        if (tree.getClassBody() != null) {
            checkCaptures(tree.getClassBody(), atypeFactory.capturesOf(tree));
        }
        return super.visitNewClass(tree, p);
    }

    private void checkConsumedReceiver(MethodInvocationTree tree, ExecutableElement method) {
        if (!atypeFactory.consumesReceiver(method)) {
            return;
        }
        ExpressionTree receiver = tree.getMethodSelect() instanceof MemberSelectTree select ? select.getExpression() : null;
        boolean owned = receiver != null
                && (!atypeFactory.moveSites.trackedIn(receiver).isEmpty() || isUnheldUniqueValue(receiver));
        if (!owned) {
            checker.reportError(tree, "consume.not.unique", method.getSimpleName());
        }
    }

    /**
     * A fresh object or a {@code @Unique} result: unique, and held by no variable, so a call that
     * consumes it moves nothing (a chain such as {@code builder().priority(2).spawn(...)}).
     * Variables and fields are not: only a tracked {@code @Unique} variable can be consumed.
     */
    private boolean isUnheldUniqueValue(ExpressionTree receiver) {
        ExpressionTree value = TreeUtils.withoutParensOrCasts(receiver);
        if (!(value instanceof NewClassTree || value instanceof MethodInvocationTree)) {
            return false;
        }
        AnnotationMirror qualifier = atypeFactory.ownershipOf(atypeFactory.getAnnotatedType(value));
        return qualifier != null && AnnotationUtils.areSame(qualifier, atypeFactory.unique);
    }

    /** A variable moved by one argument must not also be the receiver or another argument. */
    private void checkMovedOnce(
            Tree call, ExecutableElement method, List<? extends ExpressionTree> arguments, boolean varargsCall) {
        for (MoveSites.OwnedArgument argument : atypeFactory.moveSites.ownedArguments(method, arguments, varargsCall)) {
            for (VariableElement moved : atypeFactory.moveSites.trackedIn(argument.tree())) {
                if (countUses(call, moved) > 1) {
                    checker.reportError(argument.tree(), "moved.while.used", moved.getSimpleName());
                }
            }
        }
    }

    private static int countUses(Tree call, VariableElement variable) {
        int[] uses = {0};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree tree, Void p) {
                if (variable.equals(TreeUtils.elementFromUse(tree))) {
                    uses[0]++;
                }
                return null;
            }
        }.scan(call, null);
        return uses[0];
    }

    private boolean crossesBoundary(ExecutableElement method) {
        TypeElement declaring = (TypeElement) method.getEnclosingElement();
        return boundary.isForeign(declaring, checkedPackage());
    }

    private PackageElement checkedPackage() {
        CompilationUnitTree root = getCurrentPath().getCompilationUnit();
        return elements.getPackageOf(TreeUtils.elementFromDeclaration((ClassTree) root.getTypeDecls().get(0)));
    }

    /** Rule 6 (and 5): what another cell receives is immutable, moved or only borrowed. */
    private void checkCrossingArguments(
            ExecutableElement method, List<? extends ExpressionTree> arguments, boolean varargsCall) {
        for (MoveSites.OwnedArgument argument : atypeFactory.moveSites.arguments(method, arguments, varargsCall)) {
            // A @Unique parameter already demands a moved value; a @Borrowed one keeps nothing.
            AnnotatedTypeMirror parameter = argument.parameterType();
            if (!atypeFactory.isBorrowed(parameter) && !parameter.hasPrimaryAnnotation(atypeFactory.unique)) {
                checkCrossingValue(argument.tree(), method.getEnclosingElement().getSimpleName());
            }
        }
    }

    private void checkCrossingValue(ExpressionTree valueTree, CharSequence receiver) {
        AnnotatedTypeMirror value = atypeFactory.getAnnotatedType(valueTree);
        if (CellBoundary.isCellConfined(value.getUnderlyingType())) {
            checker.reportError(valueTree, "cell.confined.escape", value.getUnderlyingType(), boundary.cellName());
        } else if (CellBoundary.readsCellState(valueTree, aliasesHere())) {
            checker.reportError(valueTree, "cell.state.escape", valueTree, boundary.cellName());
        } else if (!crossesFreely(value)) {
            checker.reportError(valueTree, "cell.boundary.shared", valueTree, receiver);
        }
    }

    private boolean crossesFreely(AnnotatedTypeMirror value) {
        return ShareableTypes.isShareable(value.getUnderlyingType())
                || value.hasPrimaryAnnotation(atypeFactory.unique)
                || value.hasPrimaryAnnotation(atypeFactory.bottom)
                || atypeFactory.isMovedState(atypeFactory.ownershipOf(value));
    }

    private void checkCrossingResult(MethodInvocationTree tree, ExecutableElement method) {
        AnnotatedTypeMirror result = atypeFactory.declaredTypeOf(method).getReturnType();
        if (method.getKind() == ElementKind.CONSTRUCTOR || result.getKind() == TypeKind.VOID
                || ShareableTypes.isShareable(atypeFactory.getAnnotatedType(tree).getUnderlyingType())
                || result.hasPrimaryAnnotation(atypeFactory.unique)) {
            return;
        }
        checker.reportError(tree, "cell.boundary.shared.result", method.getSimpleName(), method.getEnclosingElement().getSimpleName());
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void p) {
        Element target = TreeUtils.elementFromUse(tree.getVariable());
        if (target instanceof VariableElement field && field.getEnclosingElement() instanceof TypeElement owner
                && boundary.isForeign(owner, checkedPackage())) {
            checkCrossingValue(tree.getExpression(), owner.getSimpleName());
        }
        return super.visitAssignment(tree, p);
    }

    // ---- Rule 5: cell state ------------------------------------------------------------------

    @Override
    public Void visitVariable(VariableTree tree, Void p) {
        VariableElement variable = TreeUtils.elementFromDeclaration(tree);
        if (variable != null && CellBoundary.isMutableStatic(variable)) {
            if (!CellBoundary.isMarkedCellState(variable)) {
                checker.reportError(tree, "cell.state.unmarked", variable.getSimpleName());
            }
            if (variable.getModifiers().contains(Modifier.PUBLIC) || variable.getModifiers().contains(Modifier.PROTECTED)) {
                checker.reportError(tree, "cell.state.public", variable.getSimpleName());
            }
        }
        return super.visitVariable(tree, p);
    }

    @Override
    public Void visitReturn(ReturnTree tree, Void p) {
        MethodTree method = TreePathUtil.enclosingMethod(getCurrentPath());
        boolean inLambda = TreePathUtil.enclosingMethodOrLambda(getCurrentPath()) instanceof LambdaExpressionTree;
        if (tree.getExpression() != null && method != null && !inLambda
                && CellBoundary.isVisibleToOtherCells(TreeUtils.elementFromDeclaration(method))
                && CellBoundary.readsCellState(tree.getExpression(), aliasesHere())) {
            checker.reportError(tree.getExpression(), "cell.state.escape", tree.getExpression(), boundary.cellName());
        }
        return super.visitReturn(tree, p);
    }

    /** Locals of the enclosing method or lambda that may hold cell state. */
    private Set<VariableElement> aliasesHere() {
        Tree body = TreePathUtil.enclosingMethodOrLambda(getCurrentPath());
        Tree scope = body instanceof MethodTree method ? method.getBody()
                : body instanceof LambdaExpressionTree lambda ? lambda.getBody() : null;
        return CellStateAliases.cached(cellStateAliases, scope);
    }

    // ---- Rule 4 and @CellConfined signatures -------------------------------------------------

    @Override
    public void processClassTree(ClassTree tree) {
        TypeElement type = TreeUtils.elementFromDeclaration(tree);
        if (type != null) {
            immutableClassRule.check(tree, type);
        }
        super.processClassTree(tree);
    }

    @Override
    public void processMethodTree(String className, MethodTree tree) {
        ExecutableElement method = TreeUtils.elementFromDeclaration(tree);
        if (method != null && CellBoundary.isVisibleToOtherCells(method) && !isInstanceMethodOfConfinedClass(method)) {
            if (CellBoundary.isCellConfined(method.getReturnType())) {
                checker.reportError(tree, "cell.confined.escape", method.getReturnType(), boundary.cellName());
            }
            for (VariableElement parameter : method.getParameters()) {
                if (CellBoundary.isCellConfined(parameter.asType())) {
                    checker.reportError(tree, "cell.confined.escape", parameter.asType(), boundary.cellName());
                }
            }
        }
        super.processMethodTree(className, tree);
    }

    /** Another cell never holds an instance of a confined class, so it cannot call its instance methods. */
    private static boolean isInstanceMethodOfConfinedClass(ExecutableElement method) {
        return !method.getModifiers().contains(Modifier.STATIC)
                && CellBoundary.isCellConfined(method.getEnclosingElement().asType());
    }
}
