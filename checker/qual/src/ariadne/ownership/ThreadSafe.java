package ariadne.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A class built to be shared between tasks and cells because it synchronises internally (a
 * channel, a mutex, a wait queue, a task handle): its values may go where a {@link Unique} value
 * is required and may cross cells, like immutable ones. This is a claim the checker trusts, not
 * one it verifies (as Rust trusts {@code unsafe impl Sync}); subclasses inherit it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ThreadSafe {}
