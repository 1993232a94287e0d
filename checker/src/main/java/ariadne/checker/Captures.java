package ariadne.checker;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Types;
import org.checkerframework.javacutil.TreeUtils;

/**
 * What a lambda body or an anonymous class body captures from the code around it: the local
 * variables and parameters it names that are declared outside it, and whether it uses the
 * enclosing instance ({@code this}, or an instance member named without a qualifier).
 */
final class Captures {
    /** One use, inside the capturing body, of a variable declared outside it. */
    record Capture(IdentifierTree use, VariableElement variable) {}

    private final List<Capture> captures;
    private final Set<VariableElement> declaredInside;
    private final boolean capturesThis;

    private Captures(List<Capture> captures, Set<VariableElement> declaredInside, boolean capturesThis) {
        this.captures = captures;
        this.declaredInside = declaredInside;
        this.capturesThis = capturesThis;
    }

    List<Capture> captures() {
        return captures;
    }

    boolean declaresInside(VariableElement variable) {
        return declaredInside.contains(variable);
    }

    boolean capturesThis() {
        return capturesThis;
    }

    /**
     * @param body a lambda expression, or an anonymous class body
     * @param ownClass the anonymous class whose body this is, or null for a lambda: members of that
     *     class and its supertypes named without a qualifier are not captures
     */
    static Captures of(Tree body, TypeElement ownClass, Types types) {
        Set<VariableElement> declared = new HashSet<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree tree, Void p) {
                VariableElement variable = TreeUtils.elementFromDeclaration(tree);
                if (variable != null) {
                    declared.add(variable);
                }
                return super.visitVariable(tree, p);
            }
        }.scan(body, null);

        List<Capture> uses = new ArrayList<>();
        boolean[] usesThis = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree tree, Void p) {
                Element element = TreeUtils.elementFromUse(tree);
                if (element == null) {
                    return null;
                }
                if (isLocal(element) && !declared.contains(element)) {
                    uses.add(new Capture(tree, (VariableElement) element));
                } else if (refersToEnclosingInstance(tree, element, ownClass, types)) {
                    usesThis[0] = true;
                }
                return null;
            }
        }.scan(body, null);
        return new Captures(List.copyOf(uses), declared, usesThis[0]);
    }

    static boolean isLocal(Element element) {
        ElementKind kind = element.getKind();
        return kind == ElementKind.LOCAL_VARIABLE || kind == ElementKind.PARAMETER
                || kind == ElementKind.EXCEPTION_PARAMETER || kind == ElementKind.RESOURCE_VARIABLE
                || kind == ElementKind.BINDING_VARIABLE;
    }

    private static boolean refersToEnclosingInstance(
            IdentifierTree tree, Element element, TypeElement ownClass, Types types) {
        String name = tree.getName().toString();
        if (name.equals("this") || name.equals("super")) {
            return ownClass == null;
        }
        boolean instanceMember = (element.getKind() == ElementKind.FIELD || element.getKind() == ElementKind.METHOD)
                && !element.getModifiers().contains(Modifier.STATIC);
        if (!instanceMember) {
            return false;
        }
        if (ownClass == null) {
            return true;
        }
        Element owner = element.getEnclosingElement();
        return !types.isSubtype(types.erasure(ownClass.asType()), types.erasure(owner.asType()));
    }
}
