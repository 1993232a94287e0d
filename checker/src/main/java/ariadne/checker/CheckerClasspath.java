package ariadne.checker;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.framework.qual.TypeUseLocation;

/** Where the checker's classes and the Checker Framework's come from, to hand them to a javac run. */
final class CheckerClasspath {
    private CheckerClasspath() {}

    /**
     * What the check pass's class path needs besides the cell's dependencies: {@code ariadne.ownership}
     * and the checker's bottom qualifier (this module), and the Checker Framework's own qualifiers,
     * which it looks up through javac.
     */
    static List<Path> qualifiers() {
        return List.copyOf(new LinkedHashSet<>(List.of(locationOf(OwnershipChecker.class), locationOf(TypeUseLocation.class))));
    }

    /** Everything the processor needs: this module, the Checker Framework and its qualifiers. */
    static List<Path> processor() {
        Set<Path> paths = new LinkedHashSet<>();
        paths.add(locationOf(OwnershipChecker.class));
        paths.add(locationOf(BaseTypeChecker.class));
        paths.add(locationOf(TypeUseLocation.class));
        return List.copyOf(paths);
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + type.getName(), e);
        }
    }
}
