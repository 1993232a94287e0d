package ariadne.imagewriter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises javac's errors for Java the dialect deliberately leaves out (reflection, threads,
 * regular expressions) and says what to use instead. The dialect's java.base lacks
 * those APIs, so javac reports them as missing symbols or packages at the use site; this adds
 * the why and the alternative.
 */
final class UnsupportedJava {
    private static final Pattern SYMBOL = Pattern.compile("symbol:\\s+(class|variable|method)\\s+(\\w+)");
    private static final Pattern LOCATION = Pattern.compile("location:\\s+(?:class|interface|variable \\w+ of type)\\s+([\\w.$]+)");
    private static final Pattern MISSING_PACKAGE = Pattern.compile("package ([\\w.]+) does not exist");

    static final String REFLECTION = "reflection is not supported (the image is closed-world and compiled ahead of time):"
            + " call the code directly, or choose among known classes with an interface or a switch";
    static final String THREAD = "java.lang.Thread is not supported: a program runs on one thread;"
            + " OS cells start concurrent work with ariadne.task.Task.spawn(entry, argument) and join() its handle";
    static final String REGEX = "regular expressions (split, matches, replaceAll, java.util.regex) are not supported:"
            + " scan the string with indexOf and substring";

    private UnsupportedJava() {
    }

    /** A hint for javac's error {@code message}, if it is about something the dialect leaves out on purpose. */
    static Optional<String> hintFor(String message) {
        Matcher pkg = MISSING_PACKAGE.matcher(message);
        if (pkg.find()) {
            String name = pkg.group(1);
            if (name.startsWith("java.lang.reflect")) {
                return Optional.of(REFLECTION);
            }
            if (name.startsWith("java.util.regex")) {
                return Optional.of(REGEX);
            }
            return Optional.empty();
        }
        Matcher symbol = SYMBOL.matcher(message);
        if (!symbol.find()) {
            return Optional.empty();
        }
        String kind = symbol.group(1);
        String name = symbol.group(2);
        Matcher location = LOCATION.matcher(message);
        String owner = location.find() ? location.group(1) : "";
        if (!kind.equals("method")) {
            return switch (name) {
                case "Thread", "ThreadGroup", "ThreadLocal", "Executors", "ExecutorService" -> Optional.of(THREAD);
                case "Method", "Field", "Constructor", "Modifier", "Proxy", "InvocationTargetException" ->
                        Optional.of(REFLECTION);
                case "Pattern", "Matcher" -> Optional.of(REGEX);
                default -> Optional.empty();
            };
        }
        if (owner.startsWith("java.lang.Class")) {
            return Optional.of(REFLECTION); // forName, getDeclaredMethod, newInstance, getFields, ...
        }
        if (owner.equals("java.lang.String") && (name.equals("split") || name.equals("matches")
                || name.equals("replaceAll") || name.equals("replaceFirst"))) {
            return Optional.of(REGEX);
        }
        return Optional.empty();
    }
}
