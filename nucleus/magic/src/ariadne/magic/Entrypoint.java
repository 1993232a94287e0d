package ariadne.magic;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pragma: reached from outside Java code (boot trampoline, compiler-generated calls into the
 * runtime, the linker), so it is kept and its symbol exported even if no Java code uses it.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface Entrypoint {
}
