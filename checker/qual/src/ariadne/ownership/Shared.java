package ariadne.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An ordinary reference that may have aliases: the default for every type that is not annotated.
 * A {@link Unique} value may be used where a {@code @Shared} one is expected (it is moved there);
 * a {@code @Shared} value may not be used where a {@code @Unique} one is expected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
public @interface Shared {}
