package ariadne.checker;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.framework.type.AnnotatedTypeMirror;
import org.checkerframework.framework.type.AnnotatedTypeMirror.AnnotatedArrayType;
import org.checkerframework.framework.type.AnnotatedTypeMirror.AnnotatedExecutableType;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Where a tracked ({@code @Unique}-declared) variable is moved. A variable is moved when its value
 * is handed to something that may keep it: an argument to any parameter that is not
 * {@code @Borrowed}, the receiver of a consuming method, the right-hand side of an assignment or
 * initializer, a returned value, an array initializer element, or a capture by a lambda, method
 * reference or anonymous class. Parentheses, casts, conditional branches and nested assignments
 * around the variable do not hide it.
 */
final class MoveSites {
    private final OwnershipAnnotatedTypeFactory factory;

    MoveSites(OwnershipAnnotatedTypeFactory factory) {
        this.factory = factory;
    }

    /** Tracked variables a method call moves: owned arguments, and the receiver if consumed. */
    Set<VariableElement> ofInvocation(MethodInvocationTree call) {
        ExecutableElement method = TreeUtils.elementFromUse(call);
        Set<VariableElement> moved = new LinkedHashSet<>();
        for (OwnedArgument argument : ownedArguments(method, call.getArguments(), TreeUtils.isVarargsCall(call))) {
            moved.addAll(trackedIn(argument.tree()));
        }
        if (factory.consumesReceiver(method) && call.getMethodSelect() instanceof MemberSelectTree select) {
            moved.addAll(trackedIn(select.getExpression()));
        }
        return moved;
    }

    /** Tracked variables a constructor call moves: owned arguments and anonymous-class captures. */
    Set<VariableElement> ofConstruction(NewClassTree creation) {
        ExecutableElement constructor = TreeUtils.elementFromUse(creation);
        Set<VariableElement> moved = new LinkedHashSet<>();
        for (OwnedArgument argument : ownedArguments(constructor, creation.getArguments(), TreeUtils.isVarargsCall(creation))) {
            moved.addAll(trackedIn(argument.tree()));
        }
        if (creation.getClassBody() != null) {
            moved.addAll(trackedCaptures(factory.capturesOf(creation)));
        }
        return moved;
    }

    /** Tracked variables captured (and so moved) by a lambda or a method reference. */
    Set<VariableElement> ofFunctionalExpression(Tree tree) {
        if (tree instanceof LambdaExpressionTree lambda) {
            return trackedCaptures(factory.capturesOf(lambda));
        }
        if (tree instanceof MemberReferenceTree reference) {
            return trackedIn(reference.getQualifierExpression());
        }
        return Set.of();
    }

    /** Tracked variables named by an expression whose value is stored, returned or passed on. */
    Set<VariableElement> trackedIn(ExpressionTree expression) {
        Set<VariableElement> found = new LinkedHashSet<>();
        collectTracked(expression, found);
        return found;
    }

    private void collectTracked(ExpressionTree expression, Set<VariableElement> found) {
        ExpressionTree e = TreeUtils.withoutParens(expression);
        if (e instanceof TypeCastTree cast) {
            collectTracked(cast.getExpression(), found);
        } else if (e instanceof ConditionalExpressionTree conditional) {
            collectTracked(conditional.getTrueExpression(), found);
            collectTracked(conditional.getFalseExpression(), found);
        } else if (e instanceof AssignmentTree assignment) {
            collectTracked(assignment.getVariable(), found);
        } else if (e instanceof IdentifierTree identifier) {
            Element element = TreeUtils.elementFromUse(identifier);
            if (element instanceof VariableElement variable && factory.isTracked(variable)) {
                found.add(variable);
            }
        }
    }

    private Set<VariableElement> trackedCaptures(Captures captures) {
        Set<VariableElement> moved = new LinkedHashSet<>();
        for (Captures.Capture capture : captures.captures()) {
            if (factory.isTracked(capture.variable())) {
                moved.add(capture.variable());
            }
        }
        return moved;
    }

    /** An argument together with the declared type of the parameter (or varargs element) it feeds. */
    record OwnedArgument(ExpressionTree tree, AnnotatedTypeMirror parameterType) {}

    /** The arguments whose parameter is not {@code @Borrowed}: the callee may keep them. */
    List<OwnedArgument> ownedArguments(
            ExecutableElement method, List<? extends ExpressionTree> arguments, boolean varargsCall) {
        List<OwnedArgument> owned = new ArrayList<>();
        for (OwnedArgument argument : arguments(method, arguments, varargsCall)) {
            if (!factory.isBorrowed(argument.parameterType())) {
                owned.add(argument);
            }
        }
        return owned;
    }

    /** Every argument with its parameter type; a varargs call's extra arguments get the element type. */
    List<OwnedArgument> arguments(
            ExecutableElement method, List<? extends ExpressionTree> arguments, boolean varargsCall) {
        AnnotatedExecutableType type = factory.declaredTypeOf(method);
        List<? extends AnnotatedTypeMirror> parameters = type.getParameterTypes();
        List<OwnedArgument> result = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            AnnotatedTypeMirror parameter;
            if (varargsCall && i >= parameters.size() - 1) {
                parameter = ((AnnotatedArrayType) parameters.get(parameters.size() - 1)).getComponentType();
            } else {
                parameter = parameters.get(Math.min(i, parameters.size() - 1));
            }
            result.add(new OwnedArgument(arguments.get(i), parameter));
        }
        return result;
    }
}
