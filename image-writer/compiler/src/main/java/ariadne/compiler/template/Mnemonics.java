package ariadne.compiler.template;

import org.objectweb.asm.util.Printer;

/** Bytecode mnemonics for error messages. */
final class Mnemonics {
    private Mnemonics() {
    }

    static String of(int opcode) {
        return opcode >= 0 && opcode < Printer.OPCODES.length
                ? Printer.OPCODES[opcode].toLowerCase(java.util.Locale.ROOT) : "opcode " + opcode;
    }
}
