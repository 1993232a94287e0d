/**
 * The magic API: what privileged cells use to reach the machine.
 *
 * <p>Rules the compiler enforces and relies on:
 * <ul>
 *   <li>No method of this package is compiled. Every call to a public method of {@link
 *       ariadne.magic.Address} or {@link ariadne.magic.Magic} is replaced at the call site by
 *       its instruction sequence; the Java bodies only exist so that javac (and the host JVM)
 *       accept the sources.</li>
 *   <li>{@code Address} is a raw 64-bit value in one slot, never an object: it may not flow
 *       into {@code Object} (assignment, array element, field of type Object, argument), and
 *       it is never {@code null} (use {@link ariadne.magic.Address#zero()}).</li>
 *   <li>{@link ariadne.magic.Magic#symbolAddress(String)} takes only a string literal.</li>
 *   <li>Only cells whose {@code cell.properties} say {@code privileged=true} may refer to this
 *       package.</li>
 *   <li>The annotations here are pragmas read from the class files (CLASS retention).</li>
 * </ul>
 */
package ariadne.magic;
