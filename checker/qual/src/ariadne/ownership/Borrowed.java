package ariadne.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reference the holder may use but not keep: a {@code @Borrowed} parameter is not stored in a
 * field or array, not returned, not captured by a lambda and not passed on to a parameter that
 * is not itself {@code @Borrowed}. The checker verifies this in the callee, so passing a
 * {@link Unique} variable to a {@code @Borrowed} parameter does not move it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
public @interface Borrowed {}
