package ariadne.checker;

import ariadne.ownership.Borrowed;
import ariadne.ownership.MaybeMoved;
import ariadne.ownership.Moved;
import ariadne.ownership.Shared;
import ariadne.ownership.Unique;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.checkerframework.framework.util.DefaultQualifierKindHierarchy;
import org.checkerframework.framework.util.QualifierKindHierarchy;

/**
 * The ownership lattice, declared here instead of with {@code @SubtypeOf} meta-annotations so that
 * the qualifier sources depend on {@code java.lang.annotation} only and compile as OS code:
 *
 * <pre>
 *            MaybeMoved
 *            /        \
 *       Borrowed      Moved
 *          |            |
 *        Shared         |
 *          |            |
 *        Unique         |
 *            \        /
 *          OwnershipBottom
 * </pre>
 *
 * A value that is moved on one path and live on another is {@code MaybeMoved}, the top.
 */
final class OwnershipKindHierarchy extends DefaultQualifierKindHierarchy {
    private static final Map<Class<? extends Annotation>, List<Class<? extends Annotation>>> DIRECT_SUPERTYPES =
            Map.of(
                    MaybeMoved.class, List.of(),
                    Borrowed.class, List.of(MaybeMoved.class),
                    Moved.class, List.of(MaybeMoved.class),
                    Shared.class, List.of(Borrowed.class),
                    Unique.class, List.of(Shared.class),
                    OwnershipBottom.class, List.of(Unique.class, Moved.class));

    OwnershipKindHierarchy(Collection<Class<? extends Annotation>> qualifierClasses) {
        super(qualifierClasses);
    }

    @Override
    protected Map<DefaultQualifierKind, Set<DefaultQualifierKind>> createDirectSuperMap() {
        Map<DefaultQualifierKind, Set<DefaultQualifierKind>> directSupers = new TreeMap<>();
        for (DefaultQualifierKind kind : qualifierKinds) {
            List<Class<? extends Annotation>> supers = DIRECT_SUPERTYPES.get(kind.getAnnotationClass());
            Set<DefaultQualifierKind> kinds = new TreeSet<>();
            for (Class<? extends Annotation> superClass : supers) {
                kinds.add(nameToQualifierKind.get(QualifierKindHierarchy.annotationClassName(superClass)));
            }
            directSupers.put(kind, kinds);
        }
        return directSupers;
    }
}
