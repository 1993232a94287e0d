package ariadne.checker;

import java.util.ArrayList;
import java.util.List;

/**
 * The javac-internal packages the Checker Framework uses. On JDK 17 they must be exported (and one
 * opened) to it: in this JVM with {@code --add-exports}/{@code --add-opens}, or in a forked
 * {@code javac} with the same flags behind {@code -J}.
 */
public final class JavacInternals {
    private static final List<String> EXPORTED = List.of(
            "api", "code", "file", "main", "model", "parser", "processing", "tree", "util");
    private static final String OPENED = "comp";
    private static final String MODULE = "jdk.compiler";

    private JavacInternals() {}

    /** The JVM flags, e.g. {@code --add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED}. */
    public static List<String> jvmFlags() {
        List<String> flags = new ArrayList<>();
        for (String pkg : EXPORTED) {
            flags.add("--add-exports=" + MODULE + "/com.sun.tools.javac." + pkg + "=ALL-UNNAMED");
        }
        flags.add("--add-opens=" + MODULE + "/com.sun.tools.javac." + OPENED + "=ALL-UNNAMED");
        return flags;
    }

    /** Whether this JVM was started with those flags, so the checker can run in-process. */
    public static boolean availableInThisJvm() {
        Module self = JavacInternals.class.getModule();
        Module compiler = ModuleLayer.boot().findModule(MODULE).orElse(null);
        if (compiler == null) {
            return false;
        }
        for (String pkg : EXPORTED) {
            if (!compiler.isExported("com.sun.tools.javac." + pkg, self)) {
                return false;
            }
        }
        return compiler.isOpen("com.sun.tools.javac." + OPENED, self);
    }
}
