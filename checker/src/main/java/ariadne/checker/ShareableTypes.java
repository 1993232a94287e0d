package ariadne.checker;

import ariadne.ownership.ThreadSafe;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * Types whose values any number of tasks and cells may hold at once: the immutable ones, and
 * classes that are (or extend or implement) a {@link ThreadSafe} type. Such values need no move
 * and cross cells freely.
 */
final class ShareableTypes {
    private ShareableTypes() {}

    static boolean isShareable(TypeMirror type) {
        return ImmutableTypes.isImmutable(type) || isThreadSafe(type);
    }

    private static boolean isThreadSafe(TypeMirror type) {
        if (type.getKind() == TypeKind.TYPEVAR) {
            return isThreadSafe(((TypeVariable) type).getUpperBound());
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (element.getAnnotation(ThreadSafe.class) != null) {
            return true;
        }
        if (isThreadSafe(element.getSuperclass())) {
            return true;
        }
        for (TypeMirror implemented : element.getInterfaces()) {
            if (isThreadSafe(implemented)) {
                return true;
            }
        }
        return false;
    }
}
