package ariadne.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A class whose instances never leave the cell that declares it, not even by a move: they are
 * not passed to, returned to or stored into another cell, and no method another cell can call
 * returns or accepts one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CellConfined {}
