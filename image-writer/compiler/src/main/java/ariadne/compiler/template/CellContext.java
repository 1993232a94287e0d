package ariadne.compiler.template;

import ariadne.compiler.frontend.Diagnostics;
import ariadne.compiler.frontend.Hierarchy;
import ariadne.compiler.frontend.Layouts;

/** What every method compilation of one cell shares. */
public record CellContext(Layouts layouts, LinkRequirements links, Diagnostics diagnostics, boolean privileged) {
    public Hierarchy hierarchy() {
        return layouts.hierarchy();
    }
}
