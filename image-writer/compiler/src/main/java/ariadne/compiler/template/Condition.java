package ariadne.compiler.template;

/** Signed comparisons of {@code if<cond>} and {@code if_icmp<cond>}. */
public enum Condition {
    EQ, NE, LT, GE, GT, LE
}
