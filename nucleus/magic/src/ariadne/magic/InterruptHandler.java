package ariadne.magic;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pragma: a static {@code void} method entered by the CPU through the IDT at {@link #vector}.
 * The compiler makes its code an interrupt entry (docs/ABI.md, "Interrupt handlers"): it saves
 * every general register and the SSE state into an interrupt frame (the layout of
 * {@code ariadne.interrupts.InterruptFrame}), passes the frame's address as the method's one
 * {@code Address} parameter if it has one, runs the body with interrupts off, restores the
 * (possibly rewritten) frame and returns with {@code iretq}. Whether the CPU pushes an error code
 * follows from the vector. Its class must be initialised before the handler is installed.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD})
public @interface InterruptHandler {
    /** The vector the handler is installed at (0-255); recorded in the frame. */
    int vector();
}
