package ariadne.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A deeply immutable class: every field is {@code final} and of an immutable type (a primitive,
 * {@code String}, a boxed primitive, an enum without mutable fields, or another
 * {@code @Immutable} class); its superclass is {@code Object} or {@code @Immutable}, and every
 * subclass must be {@code @Immutable} too. Verified by the checker. Values of immutable types may
 * be shared freely, also across cells.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Immutable {}
