package ariadne.compiler.template;

import java.util.List;

/**
 * A method's machine code with what stack traces and the unwinder need: its source file,
 * line table, exception table and the number of frame slots for locals (the operand stack of a
 * handler starts right below them).
 */
public record CompiledMethod(String symbol, String sourcePath, MachineCode code, List<LineEntry> lines,
                             List<HandlerEntry> handlers, int localSlots) {
    public CompiledMethod {
        lines = List.copyOf(lines);
        handlers = List.copyOf(handlers);
    }
}
