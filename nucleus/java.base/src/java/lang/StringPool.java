package java.lang;

import ariadne.base.ImageLiterals;
import java.util.HashMap;

/**
 * The pool behind String.intern: first every string literal of the image (so that interning
 * gives the literal object, as the JLS requires), then each string interned at run time.
 * Literals of cells loaded at run time are not in it.
 */
final class StringPool {

    private static HashMap<String, String> pool;

    private StringPool() {
    }

    static synchronized String intern(String s) {
        if (pool == null) {
            pool = new HashMap<String, String>();
            ImageLiterals literals = ImageLiterals.ofImage();
            if (literals != null) {
                for (String literal = literals.next(); literal != null; literal = literals.next()) {
                    pool.putIfAbsent(literal, literal);
                }
            }
        }
        String existing = pool.putIfAbsent(s, s);
        return existing == null ? s : existing;
    }
}
