package conformance.string_identity;

/** A second class whose literals must be the very same objects as Main's. */
final class Other {
    static final String CONSTANT = "shared";

    private Other() {
    }

    static String literal() {
        return "shared";
    }

    static String concatenated() {
        return "sha" + "red";
    }
}
