package ariadne.checker;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bottom of the ownership hierarchy: the type of {@code null}. Host-only (the OS sources never
 * name it), so it lives beside the checker rather than with the qualifiers in {@code qual/src}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface OwnershipBottom {}
