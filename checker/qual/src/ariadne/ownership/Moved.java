package ariadne.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Flow state of a {@link Unique} variable whose value has been moved away on every path to this
 * point. Only the checker assigns it; it cannot be written in source ({@code @Target({})}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Moved {}
