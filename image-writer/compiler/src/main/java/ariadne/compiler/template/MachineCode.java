package ariadne.compiler.template;

import java.util.List;

/** The bytes of one compiled method and the symbol references in them. */
public record MachineCode(byte[] code, List<CodeRelocation> relocations) {
    public MachineCode {
        relocations = List.copyOf(relocations);
    }
}
