package ariadne.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The only reference to its object. Passing a {@code @Unique} variable to a parameter that keeps
 * it (any parameter that is not {@link Borrowed}), assigning it, returning it or capturing it in a
 * lambda <em>moves</em> it: the variable cannot be used again until it is assigned a new value.
 * Only variables declared {@code @Unique} are tracked; fresh objects ({@code new}, array
 * creation, capture-free lambdas) and calls whose result is {@code @Unique} are unique values.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
public @interface Unique {}
