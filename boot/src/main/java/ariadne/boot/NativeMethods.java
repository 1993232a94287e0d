package ariadne.boot;

import ariadne.x86.Assembler;
import ariadne.x86.Label;
import ariadne.x86.Mode;
import java.util.ArrayList;
import java.util.List;

/**
 * A code section of {@code static native} Java methods written in assembly: each method starts
 * 16-byte aligned at a global symbol named as the compiler names the method
 * ({@code pkg.Cls.name(desc)}, docs/ABI.md). Entered with the Java convention: the last
 * argument at {@code [rsp+8]}, the one before at {@code [rsp+16]}; result in rax; only rbp and
 * rsp must survive.
 */
final class NativeMethods {
    private final Assembler code = new Assembler(Mode.LONG_64);
    private final List<String> names = new ArrayList<>();
    private final List<Label> entries = new ArrayList<>();
    private final List<String> exportedNames = new ArrayList<>();
    private final List<Label> exportedLabels = new ArrayList<>();

    /** Starts the method {@code symbol}; emit its body into the returned assembler. */
    Assembler method(String symbol) {
        code.align(16, 0xCC);
        Label entry = new Label();
        code.bind(entry);
        names.add(symbol);
        entries.add(entry);
        return code;
    }

    /** Also makes {@code label} (bound in this section) the global symbol {@code symbol}, e.g. for fault recovery. */
    void export(String symbol, Label label) {
        exportedNames.add(symbol);
        exportedLabels.add(label);
    }

    BootSection toSection(String sectionName) {
        SectionContents contents = new SectionContents().append(code, 1, 0);
        for (int i = 0; i < names.size(); i++) {
            contents.define(names.get(i), entries.get(i), true, true);
        }
        for (int i = 0; i < exportedNames.size(); i++) {
            contents.define(exportedNames.get(i), exportedLabels.get(i), true, false);
        }
        return contents.toSection(sectionName, BootSection.Kind.CODE, 16);
    }
}
