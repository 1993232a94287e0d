package ariadne.magic;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pragma: a static method entered by the CPU through the IDT. The compiler saves every
 * register, and returns with {@code iretq}.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD})
public @interface InterruptHandler {
}
