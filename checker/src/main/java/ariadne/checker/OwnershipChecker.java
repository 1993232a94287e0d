package ariadne.checker;

import javax.annotation.processing.SupportedOptions;
import org.checkerframework.common.basetype.BaseTypeChecker;

/**
 * The state-spill checker: ownership ({@code @Unique}, {@code @Shared}, {@code @Borrowed}, moves),
 * {@code @Immutable} classes and cell confinement. Run it as an annotation processor
 * ({@code -processor ariadne.checker.OwnershipChecker}); {@link OwnershipCheck} does that for a
 * cell. Options: {@code -Aariadne.cell=NAME} (for messages), {@code -Aariadne.cellPackages=p,q}
 * (the cell's package prefixes), {@code -Aariadne.libraryPackages=p,q} (packages that hold no
 * cell state).
 */
@SupportedOptions({CellBoundary.CELL_OPTION, CellBoundary.CELL_PACKAGES_OPTION, CellBoundary.LIBRARY_PACKAGES_OPTION})
public final class OwnershipChecker extends BaseTypeChecker {}
