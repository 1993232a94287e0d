package ariadne.compiler.x86;

import ariadne.compiler.abi.ValueKind;
import ariadne.x86.Assembler;
import ariadne.x86.Mem;
import ariadne.x86.Reg;

/** Loads and stores of each value kind at its natural width. */
final class MemoryAccess {
    private MemoryAccess() {
    }

    /** Loads into {@code dst}, sign- or zero-extending sub-word kinds to 32 bits as the JVM does. */
    static void load(Assembler asm, ValueKind kind, Reg dst, Mem src) {
        switch (kind) {
            case BOOLEAN -> asm.movzxbl(dst, src);
            case BYTE -> asm.movsxbl(dst, src);
            case CHAR -> asm.movzxwl(dst, src);
            case SHORT -> asm.movsxwl(dst, src);
            case INT, FLOAT -> asm.movl(dst, src);
            default -> asm.movq(dst, src);
        }
    }

    /** Stores the low {@code kind.size()} bytes of {@code src}. */
    static void store(Assembler asm, ValueKind kind, Mem dst, Reg src) {
        switch (kind.size()) {
            case 1 -> asm.movb(dst, src);
            case 2 -> asm.movw(dst, src);
            case 4 -> asm.movl(dst, src);
            default -> asm.movq(dst, src);
        }
    }
}
