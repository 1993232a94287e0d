package ariadne.checker;

import ariadne.ownership.Immutable;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * Which Java types are deeply immutable, so that their values may be shared and cross cells
 * freely: primitives, {@code String}, the boxed primitives, the unboxed {@code ariadne.magic} types,
 * classes marked {@link Immutable}
 * (verified where they are declared), and enums whose instance fields are all final and
 * immutable. Arrays are never immutable.
 */
final class ImmutableTypes {
    private static final Set<String> JDK_IMMUTABLE = Set.of(
            "java.lang.String", "java.lang.Boolean", "java.lang.Byte", "java.lang.Short",
            "java.lang.Character", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
            "java.lang.Double", "java.lang.Void");
    /** The dialect's unboxed machine words ({@code Address}, {@code Word}, {@code Offset}): values, not objects. */
    private static final String MAGIC_PACKAGE = "ariadne.magic.";

    private ImmutableTypes() {}

    static boolean isImmutable(TypeMirror type) {
        return isImmutable(type, new HashSet<>());
    }

    private static boolean isImmutable(TypeMirror type, Set<Element> visiting) {
        if (type.getKind().isPrimitive() || type.getKind() == TypeKind.NULL || type.getKind() == TypeKind.VOID) {
            return true;
        }
        if (type.getKind() == TypeKind.TYPEVAR) {
            return isImmutable(((TypeVariable) type).getUpperBound(), visiting);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (JDK_IMMUTABLE.contains(element.getQualifiedName().toString()) || isMarkedImmutable(element)
                || element.getQualifiedName().toString().startsWith(MAGIC_PACKAGE)) {
            return true;
        }
        return element.getKind() == ElementKind.ENUM && hasOnlyImmutableFields(element, visiting);
    }

    static boolean isMarkedImmutable(TypeElement element) {
        return element.getAnnotation(Immutable.class) != null;
    }

    /** An enum is immutable when its own state is: its constants are final by construction. */
    private static boolean hasOnlyImmutableFields(TypeElement element, Set<Element> visiting) {
        if (!visiting.add(element)) {
            return true; // a cycle through enum fields adds no mutable state of its own
        }
        for (Element member : element.getEnclosedElements()) {
            if (member.getKind() != ElementKind.FIELD || member.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            VariableElement field = (VariableElement) member;
            if (!field.getModifiers().contains(Modifier.FINAL) || !isImmutable(field.asType(), visiting)) {
                return false;
            }
        }
        return true;
    }
}
