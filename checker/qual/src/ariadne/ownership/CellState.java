package ariadne.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static field as its cell's mutable state. Every mutable static field (not
 * {@code final}, or {@code final} of a type that is not immutable) must carry it, so a cell's
 * state is declared where it lives. Cell state is not {@code public} or {@code protected}, is
 * never returned from a method another cell can call and is never passed or stored into another
 * cell.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface CellState {}
