package ariadne.compiler.template;

import java.util.Set;
import java.util.TreeSet;

/**
 * Objects every cell that uses them must define itself, as weak symbols: string literals and
 * array type descriptors. Compiled code records them here; the cell writer emits them.
 */
public final class LinkRequirements {
    private final Set<String> stringLiterals = new TreeSet<>();
    private final Set<String> arrayDescriptors = new TreeSet<>();

    public void useString(String value) {
        stringLiterals.add(value);
    }

    /** An array type, by descriptor ({@code [C}, {@code [Ljava/lang/String;}); its element arrays too. */
    public void useArrayType(String descriptor) {
        for (String d = descriptor; d.startsWith("["); d = d.substring(1)) {
            arrayDescriptors.add(d);
        }
    }

    public Set<String> stringLiterals() {
        return stringLiterals;
    }

    public Set<String> arrayDescriptors() {
        return arrayDescriptors;
    }
}
