package ariadne.checker;

import ariadne.ownership.CellConfined;
import ariadne.ownership.CellState;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.TypeCastTree;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Which code belongs to the cell being checked, which belongs to other cells, and what is the
 * cell's mutable static state. A cell is a set of package prefixes ({@code -Aariadne.cellPackages});
 * without that option each package is a cell of its own. Library packages
 * ({@code -Aariadne.libraryPackages}, by default {@code java}, {@code javax}, the dialect
 * java.base's own {@code ariadne.base}, {@code ariadne.magic} and {@code ariadne.ownership}) are
 * treated as library code, so calls into them cross no boundary.
 */
final class CellBoundary {
    static final String CELL_OPTION = "ariadne.cell";
    static final String CELL_PACKAGES_OPTION = "ariadne.cellPackages";
    static final String LIBRARY_PACKAGES_OPTION = "ariadne.libraryPackages";
    static final List<String> DEFAULT_LIBRARY_PACKAGES = List.of("java", "javax", "ariadne.base", "ariadne.magic", "ariadne.ownership");

    private final String cellName;
    private final List<String> cellPackages;
    private final List<String> libraryPackages;
    private final Elements elements;

    CellBoundary(String cellName, List<String> cellPackages, List<String> libraryPackages, Elements elements) {
        this.cellName = cellName;
        this.cellPackages = cellPackages;
        this.libraryPackages = libraryPackages;
        this.elements = elements;
    }

    /** Parses a comma-separated option; null or blank gives the fallback. */
    static List<String> packageList(String option, List<String> fallback) {
        if (option == null || option.isBlank()) {
            return fallback;
        }
        return Arrays.stream(option.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    String cellName() {
        return cellName;
    }

    /** Whether {@code type} belongs to a cell other than the one being checked. */
    boolean isForeign(TypeElement type, PackageElement checkedPackage) {
        String pkg = elements.getPackageOf(type).getQualifiedName().toString();
        if (within(pkg, libraryPackages)) {
            return false;
        }
        if (cellPackages.isEmpty()) {
            return !pkg.equals(checkedPackage.getQualifiedName().toString());
        }
        return !within(pkg, cellPackages);
    }

    private static boolean within(String pkg, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (pkg.equals(prefix) || pkg.startsWith(prefix + ".")) {
                return true;
            }
        }
        return false;
    }

    /** A method another cell can call: public or protected, in public or protected classes. */
    static boolean isVisibleToOtherCells(Element member) {
        for (Element e = member; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (!e.getModifiers().contains(Modifier.PUBLIC) && !e.getModifiers().contains(Modifier.PROTECTED)) {
                return false;
            }
        }
        return true;
    }

    /** A static field whose value can change or refers to something that can: cell state. */
    static boolean isMutableStatic(VariableElement field) {
        return field.getKind() == ElementKind.FIELD
                && field.getModifiers().contains(Modifier.STATIC)
                && (!field.getModifiers().contains(Modifier.FINAL) || !ImmutableTypes.isImmutable(field.asType()));
    }

    static boolean isMarkedCellState(VariableElement field) {
        return field.getAnnotation(CellState.class) != null;
    }

    /**
     * Whether an expression's value is (after parentheses, casts and branches) a reference held in a
     * cell-state field, directly or through one of the given local aliases. Reading a primitive or
     * immutable field copies a value; nothing escapes.
     */
    static boolean readsCellState(ExpressionTree expression, Set<VariableElement> aliases) {
        ExpressionTree e = TreeUtils.withoutParens(expression);
        if (e instanceof TypeCastTree cast) {
            return readsCellState(cast.getExpression(), aliases);
        }
        if (e instanceof ConditionalExpressionTree conditional) {
            return readsCellState(conditional.getTrueExpression(), aliases)
                    || readsCellState(conditional.getFalseExpression(), aliases);
        }
        if (e instanceof IdentifierTree || e instanceof MemberSelectTree) {
            Element element = TreeUtils.elementFromUse(e);
            if (element instanceof VariableElement variable && aliases.contains(variable)) {
                return true;
            }
            return element instanceof VariableElement field && isMutableStatic(field)
                    && !ImmutableTypes.isImmutable(field.asType());
        }
        return false;
    }

    /** Whether values of this type must stay in the cell that declares their class. */
    static boolean isCellConfined(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((DeclaredType) type).asElement().getAnnotation(CellConfined.class) != null;
    }
}
