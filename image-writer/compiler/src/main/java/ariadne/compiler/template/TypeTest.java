package ariadne.compiler.template;

/**
 * How to decide, from a type descriptor (TIB), whether it is a subtype of a target type known
 * at compile time. Tests are applied to the object's TIB; {@link ReferenceArray} applies its
 * element test to the array's element TIB.
 */
public sealed interface TypeTest {
    /** Target java.lang.Object: every TIB passes. */
    record Any() implements TypeTest {
    }

    /** The TIB must be exactly the target's (final classes, primitive arrays). */
    record Exact(String tibSymbol) implements TypeTest {
    }

    /** Target class at superclass depth {@code depth}: the TIB's display holds it at that depth. */
    record ClassAtDepth(String tibSymbol, int depth) implements TypeTest {
    }

    /** Target interface: the TIB's interface table lists it. */
    record Interface(String tibSymbol) implements TypeTest {
    }

    /** Target array of references: the TIB is a reference array whose element TIB passes {@code element}. */
    record ReferenceArray(TypeTest element) implements TypeTest {
    }
}
