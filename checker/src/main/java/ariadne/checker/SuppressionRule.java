package ariadne.checker;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Every {@code @SuppressWarnings} that silences this checker carries a comment saying why it is
 * sound, on its own line or the line above. Reported straight to javac, so that the suppression
 * cannot silence its own report.
 */
final class SuppressionRule {
    static final String KEY = "suppression.unjustified";
    private static final String CHECKER_PREFIX = "ownership";
    private static final String EXPECTATION = "// ::";

    private final Trees trees;

    SuppressionRule(Trees trees) {
        this.trees = trees;
    }

    void check(AnnotationTree annotation, CompilationUnitTree root) {
        if (silencesThisChecker(annotation) && !hasCommentNear(annotation, root)) {
            trees.printMessage(Diagnostic.Kind.ERROR,
                    "[" + KEY + "] say why this suppression is sound in a comment on its line or the line above",
                    annotation, root);
        }
    }

    private static boolean silencesThisChecker(AnnotationTree annotation) {
        AnnotationMirror mirror = TreeUtils.annotationFromAnnotationTree(annotation);
        if (!((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals("java.lang.SuppressWarnings")) {
            return false;
        }
        for (AnnotationValue value : mirror.getElementValues().values()) {
            for (Object item : value.getValue() instanceof java.util.List<?> list ? list : java.util.List.of(value)) {
                String key = String.valueOf(((AnnotationValue) item).getValue());
                if (key.equals("all") || key.equals(CHECKER_PREFIX) || key.startsWith(CHECKER_PREFIX + ":")) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hasCommentNear(AnnotationTree annotation, CompilationUnitTree root) {
        String source;
        try {
            source = root.getSourceFile().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LineMap lines = root.getLineMap();
        long start = trees.getSourcePositions().getStartPosition(root, annotation);
        long line = lines.getLineNumber(start);
        for (long l = Math.max(1, line - 1); l <= line; l++) {
            int from = (int) lines.getStartPosition(l);
            int to = source.indexOf('\n', from);
            String text = source.substring(from, to < 0 ? source.length() : to);
            if (text.strip().startsWith(EXPECTATION)) {
                continue; // a test's expected-diagnostic marker justifies nothing
            }
            if (text.contains("//") || text.contains("*/")) {
                return true;
            }
        }
        return false;
    }
}
