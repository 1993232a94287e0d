package ariadne.checker;

import ariadne.ownership.Borrowed;
import ariadne.ownership.MaybeMoved;
import ariadne.ownership.Moved;
import ariadne.ownership.Shared;
import ariadne.ownership.Unique;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.TypeCastTree;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import org.checkerframework.common.basetype.BaseAnnotatedTypeFactory;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.framework.flow.CFAbstractAnalysis;
import org.checkerframework.framework.flow.CFStore;
import org.checkerframework.framework.flow.CFTransfer;
import org.checkerframework.framework.flow.CFValue;
import org.checkerframework.framework.qual.TypeUseLocation;
import org.checkerframework.framework.type.AnnotatedTypeMirror;
import org.checkerframework.framework.type.AnnotatedTypeMirror.AnnotatedExecutableType;
import org.checkerframework.framework.type.DefaultInferredTypesApplier;
import org.checkerframework.framework.type.NoElementQualifierHierarchy;
import org.checkerframework.framework.type.QualifierHierarchy;
import org.checkerframework.framework.type.treeannotator.ListTreeAnnotator;
import org.checkerframework.framework.type.treeannotator.TreeAnnotator;
import org.checkerframework.framework.util.QualifierKindHierarchy;
import org.checkerframework.framework.util.defaults.QualifierDefaults;
import org.checkerframework.javacutil.AnnotationBuilder;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Types of the ownership checker: the lattice of {@link OwnershipKindHierarchy}, the defaults
 * ({@code @Shared}; locals start at the top and are refined by flow), fresh values
 * ({@code new}, arrays, capture-free lambdas) as {@code @Unique}, and the flow states
 * {@code @Moved}/{@code @MaybeMoved} that {@link OwnershipTransfer} gives moved variables.
 */
public final class OwnershipAnnotatedTypeFactory extends BaseAnnotatedTypeFactory {
    final AnnotationMirror unique = AnnotationBuilder.fromClass(elements, Unique.class);
    final AnnotationMirror shared = AnnotationBuilder.fromClass(elements, Shared.class);
    final AnnotationMirror borrowed = AnnotationBuilder.fromClass(elements, Borrowed.class);
    final AnnotationMirror moved = AnnotationBuilder.fromClass(elements, Moved.class);
    final AnnotationMirror maybeMoved = AnnotationBuilder.fromClass(elements, MaybeMoved.class);
    final AnnotationMirror bottom = AnnotationBuilder.fromClass(elements, OwnershipBottom.class);
    final MoveSites moveSites = new MoveSites(this);

    public OwnershipAnnotatedTypeFactory(BaseTypeChecker checker) {
        super(checker);
        postInit();
    }

    @Override
    protected Set<Class<? extends Annotation>> createSupportedTypeQualifiers() {
        return new LinkedHashSet<>(List.of(
                Unique.class, Shared.class, Borrowed.class, Moved.class, MaybeMoved.class, OwnershipBottom.class));
    }

    @Override
    protected QualifierHierarchy createQualifierHierarchy() {
        return new NoElementQualifierHierarchy(getSupportedTypeQualifiers(), elements, this) {
            @Override
            protected QualifierKindHierarchy createQualifierKindHierarchy(
                    Collection<Class<? extends Annotation>> qualifierClasses) {
                return new OwnershipKindHierarchy(qualifierClasses);
            }
        };
    }

    @Override
    protected void addCheckedCodeDefaults(QualifierDefaults defaults) {
        defaults.addCheckedCodeDefault(shared, TypeUseLocation.OTHERWISE);
        // Exceptions are shared; so is anything a type variable stands for unless it says otherwise.
        defaults.addCheckedCodeDefaults(shared, new TypeUseLocation[] {
            TypeUseLocation.EXCEPTION_PARAMETER, TypeUseLocation.IMPLICIT_UPPER_BOUND
        });
        // Locals and resources get the top and are refined by flow (the usual "climb" defaults);
        // only variables declared @Unique are checked for moves.
        defaults.addClimbStandardDefaults();
    }

    /**
     * Applies flow-refined qualifiers even when they are not subtypes of the declared one: a
     * {@code @Unique} variable that was moved really has the type {@code @Moved} from then on.
     */
    @Override
    protected void applyInferredAnnotations(AnnotatedTypeMirror type, CFValue inferred) {
        new DefaultInferredTypesApplier(true, getQualifierHierarchy(), this)
                .applyInferredType(type, inferred.getAnnotations(), inferred.getUnderlyingType());
    }

    /** The task API's ownership, whatever its sources say (see {@link TaskApi}). */
    @Override
    public void addComputedTypeAnnotations(Element element, AnnotatedTypeMirror type) {
        super.addComputedTypeAnnotations(element, type);
        if (element.getKind() == ElementKind.PARAMETER && type.getKind() != TypeKind.TYPEVAR
                && element.getEnclosingElement() instanceof ExecutableElement method && TaskApi.isSpawn(method)) {
            type.replaceAnnotation(unique); // inside spawn, the entry is owned (and moved when passed on)
        }
        if (element instanceof ExecutableElement method && type instanceof AnnotatedExecutableType executable) {
            if (TaskApi.isSpawn(method)) {
                executable.getParameterTypes().forEach(p -> p.replaceAnnotation(unique));
                executable.getReturnType().replaceAnnotation(unique);
            } else if (TaskApi.isOneShotRun(method) && executable.getReceiverType() != null) {
                executable.getReceiverType().replaceAnnotation(unique);
            } else if (TaskApi.isJoin(method)) {
                executable.getReturnType().replaceAnnotation(unique);
            }
        }
    }

    @Override
    protected TreeAnnotator createTreeAnnotator() {
        return new ListTreeAnnotator(super.createTreeAnnotator(), new FreshValues());
    }

    @Override
    public CFTransfer createFlowTransferFunction(CFAbstractAnalysis<CFValue, CFStore, CFTransfer> analysis) {
        return new OwnershipTransfer(analysis, this);
    }

    /** A variable whose moves are tracked: a local or parameter declared {@code @Unique} of a type that is not shareable. */
    boolean isTracked(VariableElement variable) {
        return Captures.isLocal(variable)
                && getAnnotatedType(variable).hasPrimaryAnnotation(unique)
                && !ShareableTypes.isShareable(variable.asType());
    }

    boolean isBorrowed(AnnotatedTypeMirror type) {
        return type.hasPrimaryAnnotation(borrowed);
    }

    /** A method whose receiver is {@code @Unique}: calling it uses the receiver up. */
    boolean consumesReceiver(ExecutableElement method) {
        AnnotatedTypeMirror receiver = declaredTypeOf(method).getReceiverType();
        return receiver != null && receiver.hasPrimaryAnnotation(unique);
    }

    AnnotatedExecutableType declaredTypeOf(ExecutableElement method) {
        return (AnnotatedExecutableType) getAnnotatedType(method);
    }

    /** The ownership qualifier of a type, or null if it has none (a type variable without one). */
    AnnotationMirror ownershipOf(AnnotatedTypeMirror type) {
        return type.getAnnotationInHierarchy(getQualifierHierarchy().getTopAnnotations().iterator().next());
    }

    boolean isMovedState(AnnotationMirror qualifier) {
        return qualifier != null && (areSameByClass(qualifier, Moved.class) || areSameByClass(qualifier, MaybeMoved.class));
    }

    Captures capturesOf(LambdaExpressionTree lambda) {
        return Captures.of(lambda, null, types);
    }

    Captures capturesOf(NewClassTree anonymousCreation) {
        TypeElement anonymous = TreeUtils.elementFromDeclaration(anonymousCreation.getClassBody());
        return Captures.of(anonymousCreation.getClassBody(), anonymous, types);
    }

    /**
     * A lambda or anonymous object is unique when nothing it captures has another owner: it uses no
     * enclosing instance and captures only shareable values (immutable or thread-safe) and
     * {@code @Unique} variables (which the capture moves into it).
     */
    private boolean ownsItsCaptures(Captures captures) {
        if (captures.capturesThis()) {
            return false;
        }
        for (Captures.Capture capture : captures.captures()) {
            VariableElement variable = capture.variable();
            if (!ShareableTypes.isShareable(variable.asType()) && !isTracked(variable)) {
                return false;
            }
        }
        return true;
    }

    /** Gives fresh values their {@code @Unique} type. */
    private final class FreshValues extends TreeAnnotator {
        FreshValues() {
            super(OwnershipAnnotatedTypeFactory.this);
        }

        @Override
        public Void visitNewClass(NewClassTree tree, AnnotatedTypeMirror type) {
            boolean fresh = tree.getClassBody() == null || ownsItsCaptures(capturesOf(tree));
            type.replaceAnnotation(fresh ? unique : shared);
            return null;
        }

        /**
         * An unchecked cast to a type variable ({@code (T) slots[i]}) yields plain {@code T}: the
         * cast asserts the value is a {@code T}, and a generic container's qualifier is its
         * type argument's.
         */
        @Override
        public Void visitTypeCast(TypeCastTree tree, AnnotatedTypeMirror type) {
            if (type.getKind() == TypeKind.TYPEVAR) {
                type.clearPrimaryAnnotations();
            }
            return null;
        }

        @Override
        public Void visitNewArray(NewArrayTree tree, AnnotatedTypeMirror type) {
            type.replaceAnnotation(unique);
            return null;
        }

        @Override
        public Void visitLambdaExpression(LambdaExpressionTree tree, AnnotatedTypeMirror type) {
            type.replaceAnnotation(ownsItsCaptures(capturesOf(tree)) ? unique : shared);
            return null;
        }

        @Override
        public Void visitMemberReference(MemberReferenceTree tree, AnnotatedTypeMirror type) {
            type.replaceAnnotation(boundTo(tree.getQualifierExpression()) ? shared : unique);
            return null;
        }

        /** Whether a method reference keeps a reference to an object that has other owners. */
        private boolean boundTo(ExpressionTree qualifier) {
            Element element = TreeUtils.elementFromTree(qualifier);
            if (element instanceof TypeElement) {
                return false; // Type::method binds no object
            }
            if (qualifier instanceof IdentifierTree && element instanceof VariableElement variable) {
                return !isTracked(variable) && !ShareableTypes.isShareable(variable.asType());
            }
            return !ShareableTypes.isShareable(TreeUtils.typeOf(qualifier));
        }
    }
}
