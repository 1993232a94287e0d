package ariadne.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.framework.type.AnnotatedTypeFactory;

/**
 * Rule 4: an {@code @Immutable} class has only final instance fields of immutable types, extends
 * {@code Object} or another {@code @Immutable} class, and its subclasses and implementations are
 * {@code @Immutable} too (otherwise a mutable subclass could pass for an immutable value).
 */
final class ImmutableClassRule {
    private final BaseTypeChecker checker;
    private final AnnotatedTypeFactory factory;

    ImmutableClassRule(BaseTypeChecker checker, AnnotatedTypeFactory factory) {
        this.checker = checker;
        this.factory = factory;
    }

    void check(ClassTree tree, TypeElement type) {
        if (ImmutableTypes.isMarkedImmutable(type)) {
            checkFields(tree, type);
            checkSuperclass(tree, type);
        } else {
            for (TypeElement supertype : markedSupertypes(type)) {
                checker.reportError(tree, "immutable.subclass", type.getSimpleName(), supertype.getSimpleName());
            }
        }
    }

    private void checkFields(ClassTree tree, TypeElement type) {
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() != ElementKind.FIELD || member.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            VariableElement field = (VariableElement) member;
            Tree where = factory.declarationFromElement(field);
            Tree at = where != null ? where : tree;
            if (!field.getModifiers().contains(Modifier.FINAL)) {
                checker.reportError(at, "immutable.field.not.final", type.getSimpleName(), field.getSimpleName());
            } else if (!ImmutableTypes.isImmutable(field.asType())) {
                checker.reportError(at, "immutable.field.type", type.getSimpleName(), field.getSimpleName(), field.asType());
            }
        }
    }

    private void checkSuperclass(ClassTree tree, TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return;
        }
        TypeElement superElement = (TypeElement) ((DeclaredType) superclass).asElement();
        String name = superElement.getQualifiedName().toString();
        boolean neutral = name.equals("java.lang.Object") || name.equals("java.lang.Record") || name.equals("java.lang.Enum");
        if (!neutral && !ImmutableTypes.isMarkedImmutable(superElement)) {
            checker.reportError(tree, "immutable.superclass", type.getSimpleName(), superElement.getSimpleName());
        }
    }

    private static List<TypeElement> markedSupertypes(TypeElement type) {
        List<TypeMirror> direct = new ArrayList<>(type.getInterfaces());
        direct.add(type.getSuperclass());
        List<TypeElement> marked = new ArrayList<>();
        for (TypeMirror supertype : direct) {
            if (supertype.getKind() == TypeKind.DECLARED) {
                TypeElement element = (TypeElement) ((DeclaredType) supertype).asElement();
                if (ImmutableTypes.isMarkedImmutable(element)) {
                    marked.add(element);
                }
            }
        }
        return marked;
    }
}
